"""`judge serve`: a local web workspace over the library API the CLI uses.

    command.py     `judge serve`'s options
    server.py      start and stop: the token, the socket, uvicorn, the warm sandbox
    app.py         the routes: pages, assets and the JSON API
    security.py    every request must carry the token, name our Host and come from our Origin
    assets.py      files from static/ only
    workspace.py   the one file on disk a problem is solved in (the terminal practice's)
    catalogue.py   the problem list and a problem page's data
    running.py     Run: the examples and the console's own inputs
    submitting.py  Submit: the full judgement, its cases streamed as they come
    practice.py    rounds, free and timed, recorded in the practice history
    charts.py      the stats page's series
    wire.py        results as JSON a browser parses
    static/        the page: index.html, one small ES module per job, vendor/ (npm dist files, licences)
"""

from judge_worker.runner import main

main()

# Bug: one pass in the order given, so a recipe needing a recipe listed after it is never made.
class Solution:
    def findAllRecipes(self, recipes, ingredients, supplies):
        have = set(supplies)
        made = []
        for recipe, needs in zip(recipes, ingredients):
            if all(name in have for name in needs):
                have.add(recipe)
                made.append(recipe)
        return made

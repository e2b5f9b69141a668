"""The app's fonts and translations, installed as the package dordtwest_desktop.resources.

The folder stays at the top of the project; setup.py maps it into the package, and
dordtwest_desktop.paths.resource reads it through importlib.resources, from a wheel
and from an editable checkout alike.
"""

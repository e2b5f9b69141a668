"""Reading the app's own PDFs back: filled fields, sticky notes and the page map.

Below the services (which import remarks from filled packs) and beside the store;
the exporter writes what this package reads and takes its names from here.
"""

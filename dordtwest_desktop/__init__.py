"""Dordt West Alliantie: programme and meetings of the Nationaal Programma Dordt West."""

__version__ = "0.1.0"

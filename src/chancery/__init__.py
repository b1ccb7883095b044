"""Chancery: follow ASEAN diplomacy through the news."""

__version__ = "0.1.0"

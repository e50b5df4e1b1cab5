"""Offline reference data (Qt-free): birth places (communes, postal codes, countries)."""

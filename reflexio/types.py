"""Every generated model (request and response types), e.g. `from reflexio.types import Config`.

Loading all models takes a while, so `import reflexio` does not import this module; it loads on
first use of `reflexio.types` or on the first call that needs a model.
"""

from reflexio_api.models import *  # noqa: F403
from reflexio_api.models import __all__ as __all__

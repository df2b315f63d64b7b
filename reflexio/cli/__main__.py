"""python -m reflexio.cli"""

import sys

from . import main

sys.exit(main())

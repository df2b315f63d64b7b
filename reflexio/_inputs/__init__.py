"""Pure helpers of the domain methods (checks, request building, answer reading), one module per domain.

They do no I/O, so the sync client and the async client generated from it share them.
"""

"""SPARQL text as kg reads it before a store does: tokens, the query's form, and syntax
errors explained. It sits below :mod:`kg.store` and :mod:`kg.query`, which both use it."""

"""Benchmarks, one module each; see bench/run.py."""

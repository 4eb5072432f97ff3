from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent
REQUIREMENTS = (HERE / "requirements.in").read_text().splitlines()

setup(
    name="reports",
    version="0.4",
    install_requires=REQUIREMENTS,
    extras_require={"docs": ["sphinx"], "admin": ["flask-admin>=1.6"]},
    tests_require=["pytest", 'pytest-cov'],
)

"""Django settings for mysite."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    # "channels",  a comment, not an app
    'rest_framework',
    "drf_spectacular",
    "polls.apps.PollsConfig",
]

INSTALLED_APPS = ["unterminated

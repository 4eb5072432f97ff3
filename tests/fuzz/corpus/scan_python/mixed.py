A_APPS = ["x"]
INSTALLED_APPS = A_APPS + ["y", ] + B
INSTALLED_APPS += ("z",)
setup(install_requires=["a" "b"], extras_require={"k": ["c"], "j": X})

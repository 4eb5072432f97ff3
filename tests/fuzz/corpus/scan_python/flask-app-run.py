from flask import Flask as Application

application = Application(__name__)


@application.route("/")
def index():
    return "hello"


if __name__ == "__main__":
    application.run(host="0.0.0.0", port=5000)

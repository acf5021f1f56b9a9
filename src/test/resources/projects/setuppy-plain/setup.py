from setuptools import setup, find_packages

setup(
    name="echo",
    version="1.0",
    packages=find_packages(),
    install_requires=["requests>=2"],
    python_requires=">=3.9,<3.12",
)

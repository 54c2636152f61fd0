#!/usr/bin/env python3
"""Loads each page of a built site in headless Chromium, as scripts/check-site's browser part.

For every page: axe-core at phone and desktop width, in light and dark mode, must report no
violations; the browser must request nothing from any host but the local server; and it leaves
screenshots (375 and 1280 pixels wide, full page) and, for statement pages, a printed PDF.

Usage: check-site-browser.py <base URL of the local server> <artifacts folder> <page>...
Exit status: 0 when every page passes, 1 otherwise.
"""
import base64
import json
import pathlib
import sys
import urllib.parse

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-sync", "--disable-background-networking",
        "--disable-component-update", "--disable-default-apps", "--hide-scrollbars",
        "--window-size=1280,900",
        # Any other host fails to resolve, so a stray request cannot leak even when it happens;
        # it is still logged below and fails the check.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def requested_urls(driver):
    """Every URL the page asked for since the last call (the log empties when read)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
        elif message["method"] == "Network.webSocketCreated":
            urls.append(message["params"]["url"])
    return urls


def check_requests(driver, page, own_host):
    """Everything the page asked for while loading, re-rendering and printing; 1 on failure."""
    foreign = [url for url in requested_urls(driver)
               if urllib.parse.urlsplit(url).scheme not in ("data", "blob", "about")
               and urllib.parse.urlsplit(url).netloc != own_host]
    if foreign:
        print(f"FAIL requests: {page} asked other hosts: {', '.join(sorted(set(foreign)))}")
        return 1
    print(f"ok   requests: {page}: none to other hosts")
    return 0


def emulate(driver, width, scheme, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def screenshot(driver, path, width):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def main():
    base, artifacts, pages = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    artifacts.mkdir(parents=True, exist_ok=True)
    own_host = urllib.parse.urlsplit(base).netloc
    failures = 0
    driver = browser()
    driver.execute_cdp_cmd("Network.enable", {})
    try:
        for page in pages:
            url = urllib.parse.urljoin(base, page)
            name = page.strip("/").replace("/", "-").removesuffix(".html") or "root"
            if name == "index":
                name = "root"
            requested_urls(driver)  # forget the previous page's requests
            driver.get(url)
            if driver.current_url != url:
                # The root page leads on with a meta refresh at once; the browser cannot stay on
                # it, so the Nu checker covers it and axe checks the page it leads to.
                print(f"note {page} leads on to {driver.current_url}; checked there")
                failures += check_requests(driver, page, own_host)
                continue
            for width in WIDTHS:
                for scheme in SCHEMES:
                    emulate(driver, width, scheme)
                    axe = Axe(driver)
                    axe.inject()
                    violations = axe.run()["violations"]
                    label = f"{page} at {width}px, {scheme}"
                    if violations:
                        failures += 1
                        print(f"FAIL axe: {label}: {len(violations)} violations")
                        print(axe.report(violations))
                    else:
                        print(f"ok   axe: {label}: 0 violations")
                    screenshot(driver, artifacts / f"{name}-{width}-{scheme}.png", width)
            if page.endswith("/"):
                # Back to the browser's own settings, so printing uses the print stylesheet.
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
                driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
                pdf = driver.execute_cdp_cmd("Page.printToPDF", {
                    "printBackground": True, "preferCSSPageSize": True})
                (artifacts / f"{name}.pdf").write_bytes(base64.b64decode(pdf["data"]))
                print(f"ok   pdf: {page} -> {artifacts / (name + '.pdf')}")
            failures += check_requests(driver, page, own_host)
    finally:
        driver.quit()
    print(f"browser check: {len(pages)} pages, {failures} failures; screenshots and PDFs in {artifacts}/")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

from pages import Journalen

def test_scan2(journalen: Journalen) -> None:
    app = journalen
    problems = []
    def check(page):
        try:
            app.axe_check(page)
        except AssertionError as e:
            problems.append(str(e)[:1500])
    app.log_in_as("karin"); app.page.get_by_role("heading", level=1).wait_for(); check(app.page)
    for path in ["/journal/maja/", "/journal/karin/anteckningar/?sida=abc", "/journal/karin/?lang=en", "/journal/liam/vaccinationer/", "/journal/maja/?lang=sv", "/api/nope", "/healthz"]:
        r = app.goto(path); print(path, r.status); check(app.page)
    app.goto("/logga-in/bankid"); app.page.evaluate("() => document.querySelectorAll('input[name=csrf_token]').forEach(i => i.value='x')")
    app.page.get_by_test_id("persona-anna").get_by_role("button").click(); app.page.get_by_role("heading", level=1).wait_for(); print(app.page.url, app.page.get_by_role("heading", level=1).inner_text()); check(app.page)
    print(app.page.evaluate("document.documentElement.lang"))
    assert not problems, "\n\n".join(problems)

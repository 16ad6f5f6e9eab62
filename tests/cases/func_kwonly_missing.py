def send_email(to, subject, *, body, cc=None):
    recipients = [to] + (cc or [])
    return {"to": recipients, "subject": subject, "body": body}


msg = send_email("a@example.com", "Hi", body="Hello!", cc=["b@example.com"])
print(msg["to"])
print(msg["body"])
try:
    send_email("a@example.com", "Reminder")
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error

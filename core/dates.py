"""Calendar words shared by the cleaner (date banners) and the extractor (dates are never counts)."""

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Skip to content
ui-quick-exit = Exit
ui-quick-exit-label = Quick exit: hide this app now. You can also press Escape twice.
ui-language = Language
ui-language-choose = Choose your language
ui-nav-label = Main menu
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Info
ui-nav-search = Search
ui-nav-help = Help

ui-library-title = Information
ui-library-intro = Choose a subject. Everything works without internet.
ui-back-library = All subjects
ui-topic-empty = There are no articles here yet.
ui-other-language = In another language

ui-sources = Sources
ui-sources-intro = Where these facts come from. The link opens outside the app.
ui-related = Read also
ui-link-outside = Opens outside the app

ui-search-title = Search
ui-search-label = Search in the information
ui-search-hint = Type a word, for example "test" or "tax".
ui-search-none = Nothing found. Try another word, or a shorter one.

ui-help-title = Where to get help
ui-help-intro = Organisations that can help you. Call, visit or look at their website.
ui-help-emergency = In danger? Call 112.
ui-city-filter = Place
ui-city-all = All places
ui-call = Call
ui-map = Map
ui-website = Website
ui-hours = Opening times
ui-languages-spoken = Languages spoken:

ui-error-generic = Something went wrong. Please try again.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Calculator
ui-calc-display = Result
ui-calc-clear = Clear
ui-calc-plus = plus
ui-calc-minus = minus
ui-calc-times = times
ui-calc-divide = divided by
ui-calc-equals = equals

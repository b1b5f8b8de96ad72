# The support-worker dashboard of the Huiskamer partner server.
dash-title = Huiskamer dashboard
dash-skip = Skip to content
dash-lang-switch = Nederlands
dash-signed-in-as = Signed in as { $name }
dash-logout = Sign out

login-title = Sign in
login-username = Username
login-password = Password
login-submit = Sign in
login-failed = The username or password is not right.
login-rate-limited = Too many attempts. Wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} and try again.
login-expired = The form had expired. Please try again.

queue-title = Open conversations
queue-empty = No open conversations. Nobody is waiting.
queue-waiting = Waiting for an answer
queue-answered = Answered
queue-last = Last message { $when }
queue-count = { $count ->
    [one] One open conversation
   *[other] { $count } open conversations
}
queue-open = Open conversation { $id }

conv-title = Conversation { $id }
conv-back = Back to the queue
conv-from-person = Person
conv-from-worker = Support worker
conv-reply-label = Your answer
conv-reply-submit = Send answer
conv-close = Close conversation
conv-reopen = Reopen conversation
conv-closed = This conversation is closed. If the person writes again, it opens again.
conv-empty = No messages (older messages are deleted after { $days } days).
conv-reply-empty = Write an answer first.
conv-reply-too-long = The answer is too long (at most { $max } characters).
conv-older = Older messages
conv-newer = Newer messages
conv-earlier = Earlier in this conversation
conv-later = Later in this conversation
conv-older-page = You are reading older messages. To answer, go to the newest.
conv-to-newest = Newest messages

# A person's report of a mistake in the app's information.
report-mark = Content report
report-article = Article: { $name }
report-organisation = Directory entry: { $name }
report-edit-article = Open this article in the library
report-edit-directory = Open the directory of help

error-not-found = This page does not exist, or you may not see it.
error-forbidden = You may not do this. Ask an admin.
error-csrf = The form had expired. Go back, reload the page and try again.
error-internal = Something went wrong on the server. Nothing was changed. Try again later.
error-too-large = The form held more text than the dashboard accepts, so nothing was sent or saved. An answer may have { $reply } characters, a library file { $file }.
error-bad-form = The form could not be read, so nothing was changed. Go back, reload the page and try again.

nav-queue = Conversations
nav-content = Content

content-title = Information library
content-intro = Articles per language and the directory of help. Changes reach the app after you publish.
content-locale-all = All languages
content-file-updated = changed { $when } by { $who }
content-new = New article
content-edit-title = Edit { $path }
content-new-title = New article
content-path = File (language/topic/id.md, or organisations.toml)
content-text = Text (front matter between +++ lines, then Markdown)
content-save = Save
content-saved = Saved. Publish to send it to the app.
content-invalid = Not saved: { $error }
content-too-long = the file has { $count } characters; at most { $max } fit.
content-back = Back to the library
content-published-none = Nothing has been published yet.
content-published = Published version { $version }, { $when }.
content-unpublished = { $count ->
    [one] One change is not published yet.
   *[other] { $count } changes are not published yet.
}
content-publish = Publish now
content-publish-done = Published version { $version }. Apps fetch it when they are online.
content-publish-failed = Not published: { $error }
content-article-filter = The files of article { $id }, in every language.
content-show-all = Show all files

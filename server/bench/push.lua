-- wrk script: each request pushes one new encrypted record of 1 KiB (a
-- typical diary entry) for the benchmark's account.
local key = os.getenv("HK_KEY")
local ciphertext = string.rep("A", 1368) -- base64 of 1024 bytes
local counter = 0
local prefix = tostring(math.random(1, 1000000000))

function setup(thread)
  thread:set("prefix", tostring(math.random(1, 1000000000)))
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"records":[{"id":"b%s-%d","kind":"diary","version":1,"ciphertext":"%s"}]}', prefix, counter, ciphertext)
  return wrk.format("POST", "/v1/records",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key }, body)
end

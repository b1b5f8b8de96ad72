-- wrk script: each request pulls a page of 100 records from the start.
local key = os.getenv("HK_KEY")

request = function()
  return wrk.format("GET", "/v1/records?since=0&limit=100", { ["Authorization"] = "Bearer " .. key })
end

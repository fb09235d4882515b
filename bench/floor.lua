-- wrk script for bench/floor: counts non-2xx answers and prints one
-- machine-readable line when the run is done:
--
--   WRK_RESULT {"requests": ..., "rps": ..., "p50_ms": ..., "p99_ms": ..., ...}
--
-- wrk's own error count only covers statuses >= 400; a 302 (a lost session
-- sent back to the login page) would look like a fast success, hence the
-- response callback. wrk runs one Lua state per thread, so the counts are
-- gathered from each thread in done().

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0
    statuses = {}
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
        statuses[status] = (statuses[status] or 0) + 1
    end
end

function done(summary, latency, requests)
    local non2xx_total = 0
    local by_status = {}
    for _, thread in ipairs(threads) do
        non2xx_total = non2xx_total + thread:get("non2xx")
        for status, count in pairs(thread:get("statuses")) do
            by_status[status] = (by_status[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(by_status) do
        table.insert(parts, string.format('"%d": %d', status, count))
    end
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    io.write(string.format(
        'WRK_RESULT {"requests": %d, "seconds": %.3f, "rps": %.2f, "bytes": %d, '
            .. '"p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, '
            .. '"non2xx": %d, "statuses": {%s}, "connect_errors": %d, "read_errors": %d, '
            .. '"write_errors": %d, "timeouts": %d}\n',
        summary.requests, seconds, summary.requests / seconds, summary.bytes,
        latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
        latency:percentile(99) / 1e3, latency.max / 1e3,
        non2xx_total, table.concat(parts, ", "), errors.connect, errors.read,
        errors.write, errors.timeout))
end

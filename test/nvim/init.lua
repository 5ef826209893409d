-- Headless Neovim as an LSP client of the NewsMark server (adapted from the shared recipe).
-- Neovim 0.7 (Debian 12) cannot pull diagnostics: this checks that the server pushes them, and
-- that the outline (textDocument/documentSymbol) reaches a client other than VS Code.
--
-- Usage: NEWSMARK_SERVER=/path/dist/server.js nvim --headless -n -i NONE -u init.lua FILE
-- Env:
--   NEWSMARK_SERVER  the server bundle (started as `node SERVER --stdio`)
--   EXPECT_CODES     diagnostic codes in document order, comma-separated ('' for none)
--   EXPECT_SYMBOLS   names of the top-level document symbols, separated by '|'
--   EXPECT_CHILDREN  optional 'Name=N': that symbol has N children
--   LSP_TIMEOUT_MS   default 15000
-- Prints PASS/FAIL lines and 'N passed, N failed'; exits 0 only when every check passes.
local out = function(s) io.stdout:write(s .. '\n') end
local failures, passes = 0, 0
local function check(ok, what, detail)
  if ok then
    passes = passes + 1
    out('PASS ' .. what)
  else
    failures = failures + 1
    out('FAIL ' .. what .. (detail and (': ' .. detail) or ''))
  end
end
local function finish()
  out(string.format('%d passed, %d failed', passes, failures))
  io.stdout:flush()
  vim.cmd(failures == 0 and 'qall!' or 'cquit! 1')
end

local function diagnostic_code(d)
  if d.code ~= nil then return tostring(d.code) end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code and tostring(lsp.code) or '?'
end

local function run()
  local server = assert(os.getenv('NEWSMARK_SERVER'), 'NEWSMARK_SERVER not set')
  local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '15000')
  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local file = vim.fn.fnamemodify(fname, ':t')
  local v = vim.version()
  out(string.format('INFO nvim %d.%d.%d, file %s', v.major, v.minor, v.patch, file))

  -- Count publishes for this buffer: an article without problems is published as an empty list,
  -- which vim.diagnostic.get cannot tell apart from "nothing arrived yet".
  local published = 0
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  local config = {
    name = 'newsmark',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, cfg)
        if result and result.uri == vim.uri_from_bufnr(bufnr) then published = published + 1 end
        return default_handler(err, result, ctx, cfg)
      end,
    },
    on_exit = function(code) if code ~= 0 then out('INFO server exited with ' .. code) end end,
  }
  local client_id
  if vim.lsp.start then -- Neovim >= 0.8
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else -- Neovim 0.7
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  check(client_id ~= nil, file .. ': language server started')

  local initialized = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  check(initialized, file .. ': initialize handshake')

  local arrived = vim.wait(timeout, function() return published > 0 end, 20)
  check(arrived, file .. ': diagnostics pushed after didOpen')
  local diags = vim.diagnostic.get(bufnr)
  table.sort(diags, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  local codes = {}
  for _, d in ipairs(diags) do
    local code = diagnostic_code(d)
    table.insert(codes, code)
    out(string.format('  diagnostic %d:%d severity=%d source=%s code=%s %s', d.lnum + 1, d.col + 1, d.severity, tostring(d.source), code, d.message))
  end
  local want_codes = os.getenv('EXPECT_CODES') or ''
  check(table.concat(codes, ',') == want_codes, file .. ': diagnostic codes [' .. table.concat(codes, ',') .. '] == [' .. want_codes .. ']')
  local from_newsmark = true
  for _, d in ipairs(diags) do if d.source ~= 'newsmark' then from_newsmark = false end end
  check(from_newsmark, file .. ': every diagnostic has source "newsmark"')

  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, timeout)
  if not responses then out('INFO documentSymbol: ' .. tostring(err)) end
  local names, children = {}, {}
  for _, resp in pairs(responses or {}) do
    if resp.err then out('INFO documentSymbol error: ' .. vim.inspect(resp.err)) end
    for _, s in ipairs(resp.result or {}) do
      local r = s.range or (s.location and s.location.range)
      out(string.format('  symbol %q kind=%d line=%d children=%d', s.name, s.kind, r.start.line + 1, #(s.children or {})))
      table.insert(names, s.name)
      children[s.name] = #(s.children or {})
    end
  end
  local want_symbols = os.getenv('EXPECT_SYMBOLS') or ''
  check(table.concat(names, '|') == want_symbols, file .. ': top-level symbols [' .. table.concat(names, '|') .. '] == [' .. want_symbols .. ']')
  local want_children = os.getenv('EXPECT_CHILDREN') or ''
  if want_children ~= '' then
    local name, count = want_children:match('^(.-)=(%d+)$')
    check(children[name] == tonumber(count), string.format('%s: %s has %s children (got %s)', file, name, count, tostring(children[name])))
  end

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      check(false, 'lua error', tostring(err))
      finish()
    end
  end,
})

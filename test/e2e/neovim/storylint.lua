-- Drives Neovim 0.7+ against `storylint --stdio`: open a story, wait for diagnostics, apply
-- the output-focused quick fix, write the file. Exits with :cq (status 1) on any failure.
-- Usage: STORYLINT_CLI=dist/cli.js STORY=path/to/file.story.md nvim --headless --clean -c 'luafile test/e2e/neovim/storylint.lua'
local cli = os.getenv('STORYLINT_CLI')
local story = os.getenv('STORY')
local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cq')
end

vim.cmd('edit ' .. story)
local bufnr = vim.api.nvim_get_current_buf()
local root = vim.fn.fnamemodify(story, ':p:h')
local client_id = vim.lsp.start_client({
  name = 'storylint',
  cmd = { 'node', cli, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
})
if not client_id then fail('could not start the server') end
vim.lsp.buf_attach_client(bufnr, client_id)

local found = vim.wait(20000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == 'output-focused' then return true end
  end
  return false
end, 100)
if not found then fail('no output-focused diagnostic') end

local target
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code == 'output-focused' then target = d end
end
-- Neovim 0.7 keeps only part of the LSP diagnostic in user_data.lsp; rebuild the rest.
local lsp = (target.user_data and target.user_data.lsp) or {}
local lsp_diag = {
  range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
  code = 'output-focused', source = target.source, message = target.message, data = lsp.data,
}
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = lsp_diag.range,
  context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
}
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
local applied = false
for _, res in pairs(responses) do
  for _, action in ipairs(res.result or {}) do
    if not applied and action.title:match('^Rewrite as an outcome story') and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      applied = true
    end
  end
end
if not applied then fail('no rewrite action offered') end
vim.cmd('write')
print('OK ' .. #vim.diagnostic.get(bufnr) .. ' diagnostics before the fix')
vim.cmd('qa!')

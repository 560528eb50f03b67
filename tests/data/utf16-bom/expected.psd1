@{
    Description = 'The clean file saved as UTF-16 LE with its byte order mark ("Unicode text" in a spreadsheet): the BOM is honoured.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    SameAs      = 'clean'
    RawMatch    = '^\xFF\xFEI\x00d\x00,\x00'
}

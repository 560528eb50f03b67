@{
    Description = 'The clean file with CRLF after the header and the last row and LF elsewhere (the newline inside the quoted Note stays LF).'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    SameAs      = 'clean'
    RawMatch    = '^Id,[^\n]*\r\n[^\r]*\n[^\r]*\n[^\r]*\r\n[^\r]*\r\n$'
}

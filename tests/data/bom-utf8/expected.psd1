@{
    Description = 'The clean file saved with a UTF-8 byte order mark, as Notepad and Excel do.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    SameAs      = 'clean'
    RawMatch    = '^\xEF\xBB\xBFId,Date,'
}

@{
    Description = 'Empty lines between the rows and at the end of the file are skipped.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    SameAs      = 'clean'
}

@{
    Description = 'Every field quoted, empty ones as "", with the doubled quotes and the quoted newline of the clean file.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    SameAs      = 'clean'
    RawMatch    = '^"Id","Date",[^\r]*,"",[^\r]*""the 1970s and 1980s""[^\r]*$'
}

@{
    Description = 'An extra column the schema does not know (Reviewer): ignored, with exactly one UnknownColumn warning for the file.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Warning'
    Rows        = 3
    SameAs      = 'clean'
    WarningId   = 'UnknownColumn'
    Line        = 1
    Field       = 'Reviewer'
}

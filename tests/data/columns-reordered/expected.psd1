@{
    Description = 'The clean columns in another order: columns are found by name.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'Accepted'
    Rows        = 3
    SameAs      = 'clean'
}

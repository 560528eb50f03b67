@{
    Description = 'Date 2024-02-30: February 2024 has 29 days.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidDate'
    Line        = 5
    Field       = 'Date'
    Culture     = $true
}

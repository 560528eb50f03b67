@{
    Description = 'Date 2024-9-1: month and day must have two digits.'
    Command     = 'Get-RelationsEvent'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidDate'
    Line        = 5
    Field       = 'Date'
    Culture     = $true
}

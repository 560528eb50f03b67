@{
    Description = 'Value 1.000,5: German digit grouping and decimal comma.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 2
    ErrorId     = 'InvalidNumber'
    Line        = 2
    Field       = 'Value'
    Culture     = $true
}

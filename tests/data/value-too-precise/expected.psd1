@{
    Description = 'A share with more decimal places than a decimal keeps: it would silently read as 0.'
    Command     = 'Get-TradeFigure'
    Outcome     = 'RowError'
    Rows        = 3
    ErrorId     = 'InvalidNumber'
    Line        = 3
    Field       = 'Value'
    Culture     = $true
}

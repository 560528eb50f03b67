@{
    Description = 'A user''s own source with Kind ''Newspaper'' (not in the closed set); the 9 bundled sources still come out.'
    Command     = 'Get-RelationsSource'
    Outcome     = 'RowError'
    Rows        = 9
    ErrorId     = 'UnknownValue'
    Line        = 2
    Field       = 'Kind'
}

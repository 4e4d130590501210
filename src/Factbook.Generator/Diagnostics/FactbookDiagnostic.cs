namespace Factbook.Generator.Diagnostics
{
    /// <summary>One kind of problem Factbook reports. Ids are stable: never reuse or renumber one.</summary>
    internal sealed record FactbookDiagnostic(string Id, string Title, string MessageFormat, bool IsError, string Category);
}

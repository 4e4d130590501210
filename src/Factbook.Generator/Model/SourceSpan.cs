namespace Factbook.Generator.Model
{
    /// <summary>
    /// A place in a text file: character offsets plus 0-based line and column, as Roslyn's
    /// <c>LinePositionSpan</c> wants them (YamlDotNet's marks are 1-based).
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

        /// <summary>1-based line, as compilers print it.</summary>
        public int Line => StartLine + 1;

        /// <summary>1-based column, as compilers print it.</summary>
        public int Column => StartColumn + 1;
    }
}

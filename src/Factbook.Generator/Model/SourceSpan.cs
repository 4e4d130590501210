namespace Factbook.Generator.Model
{
    /// <summary>
    /// A place in a text file: character offsets plus 0-based line and column, as Roslyn's
    /// <c>LinePositionSpan</c> wants them (YamlDotNet's marks are 1-based).
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

        /// <summary>
        /// The same span made valid for Roslyn, whose <c>TextSpan</c> and <c>LinePositionSpan</c> throw on a
        /// negative value or an end before the start: YamlDotNet gives such marks on some inputs (an anchor
        /// before a comment), and an exception while reporting drops all generated code.
        /// </summary>
        public SourceSpan Normalized()
        {
            var startLine = System.Math.Max(0, StartLine);
            var startColumn = System.Math.Max(0, StartColumn);
            var endLine = System.Math.Max(0, EndLine);
            var endColumn = System.Math.Max(0, EndColumn);
            if (endLine < startLine || (endLine == startLine && endColumn < startColumn))
            {
                (endLine, endColumn) = (startLine, startColumn);
            }

            return new SourceSpan(System.Math.Max(0, Start), System.Math.Max(0, Length), startLine, startColumn, endLine, endColumn);
        }

        /// <summary>1-based line, as compilers print it.</summary>
        public int Line => StartLine + 1;

        /// <summary>1-based column, as compilers print it.</summary>
        public int Column => StartColumn + 1;
    }
}

namespace Factbook.Generator.Parsing
{
    /// <summary>
    /// Bounds on what one YAML file may make the parser do, so hostile content becomes a diagnostic in bounded
    /// time and memory instead of a hung or crashed build. Each can be raised with an MSBuild property.
    /// </summary>
    internal sealed record ParseLimits(int MaxDepth, int MaxFileChars, int MaxScalarChars)
    {
        public const string DepthProperty = "FactbookMaxDepth";
        public const string FileProperty = "FactbookMaxFileChars";
        public const string ScalarProperty = "FactbookMaxScalarChars";

        /// <summary>64 levels (real content nests a handful), 16 million characters a file, 1 million a value.</summary>
        public static readonly ParseLimits Default = new(64, 16_000_000, 1_000_000);

        /// <summary>
        /// The most nesting FactbookMaxDepth may allow. The model's equality and the nested-object readers and
        /// emitters recurse once or twice per level, and an IDE runs generators on 1 MB stacks, where a stack
        /// overflow kills the process: this depth is proven safe there by a test (StackTests).
        /// </summary>
        public const int DepthCeiling = 256;

        /// <summary>Reads the limits from MSBuild properties, reporting any that are not positive whole numbers.</summary>
        public static ParseLimits Read(System.Func<string, string?> property, List<DiagnosticInfo> diagnostics) => new(
            Read(property, DepthProperty, Default.MaxDepth, DepthCeiling, diagnostics),
            Read(property, FileProperty, Default.MaxFileChars, int.MaxValue, diagnostics),
            Read(property, ScalarProperty, Default.MaxScalarChars, int.MaxValue, diagnostics));

        private static int Read(System.Func<string, string?> property, string name, int fallback, int ceiling, List<DiagnosticInfo> diagnostics)
        {
            var text = property(name);
            if (string.IsNullOrWhiteSpace(text))
            {
                return fallback;
            }

            var parsed = int.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            if (parsed && value > 0 && value <= ceiling)
            {
                return value;
            }

            var expected = ceiling == int.MaxValue ? "a positive whole number" : "a whole number from 1 to " + ceiling.ToString(CultureInfo.InvariantCulture);
            var used = parsed && value > ceiling ? ceiling : fallback;
            diagnostics.Add(DiagnosticInfo.Create(FactbookDiagnostics.InvalidLimit, string.Empty, SourceSpan.FileStart, name, expected, text, used.ToString(CultureInfo.InvariantCulture)));
            return used;
        }
    }
}

namespace Factbook.Generator.Kinds
{
    /// <summary>The table of scalar kinds every stage asks; the schema language's built-in types besides enum and object.</summary>
    internal static class ScalarKinds
    {
        public static readonly ScalarKind String = new StringKind();

        /// <summary><c>bool</c> under <c>booleans: yaml1.1</c>: also <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c> and their spellings.</summary>
        public static readonly ScalarKind Yaml11Bool = new BoolKind(yaml11: true);

        public static readonly IReadOnlyList<ScalarKind> All = new ScalarKind[]
        {
            String,
            new IntKind(),
            new LongKind(),
            new DecimalKind(),
            new DoubleKind(),
            new BoolKind(),
            new DateKind(),
            new DateTimeKind(),
            new UrlKind(),
            new FileKind(),
        };

        private static readonly Dictionary<string, ScalarKind> ByKeyword = All.ToDictionary(kind => kind.Keyword, StringComparer.Ordinal);

        public static ScalarKind? Find(string keyword) => ByKeyword.TryGetValue(keyword, out var kind) ? kind : null;

        /// <summary>The keywords, for messages and the schema language's JSON Schema.</summary>
        public static IEnumerable<string> Keywords => All.Select(kind => kind.Keyword);
    }
}

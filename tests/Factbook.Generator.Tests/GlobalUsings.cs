// The namespaces nearly every test uses, once, instead of a block at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.Linq;
global using System.Text;
global using Factbook.Generator.Tests.Infrastructure;
global using Xunit;

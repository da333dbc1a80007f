import { createRequire as __tpCreateRequire } from 'node:module'; const require = __tpCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items2) {
      return items2.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items2, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items2) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob2(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob2 = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob2(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key2, val) {
      return arr.some((ele) => ele[key2] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format2 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push2 = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push2(a);
        } else {
          range.push(pad(format2(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format2 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format2(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q15 = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q15 = p.queue;
        }
        if (node.invalid || node.dollar) {
          q15.push(append(q15.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q15.push(append(q15.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q15.push(append(q15.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q15.push(append(q15.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push2 = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push2({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push2({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push2({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push2({ type: "paren", nodes: [] });
          stack.push(block);
          push2({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push2({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push2({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push2(brace);
          stack.push(block);
          push2({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push2({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push2({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push2({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push2({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push2({ type: "dot", value });
          continue;
        }
        push2({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push2({ type: "eos" });
      return ast;
    };
    module.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse2 = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse2(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob2 = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns, options) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items2 = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items2.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items2] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items2 = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items2.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns, { ...options, onResult }));
      for (let item of items2) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key2 of keys) res[key2] = obj[key2];
      return res;
    };
    micromatch.some = (list2, patterns, options) => {
      let items2 = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items2.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options) => {
      let items2 = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items2.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename3 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename3);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative4 = [];
      for (const pattern of patterns) {
        if (isAbsolute2(pattern)) {
          absolute.push(pattern);
        } else {
          relative4.push(pattern);
        }
      }
      return [absolute, relative4];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute2(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute2;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat = settings.fs.lstatSync(path);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat;
    function statSync3(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync3;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key2) {
          tasks[key2](function(err, result) {
            each(key2, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache2 = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push: push2,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push2(value, done) {
        var current = cache2.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache2.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache2.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache2.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push2;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push2(value) {
        var p = new Promise(function(resolve7, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve7(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve7, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve7(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve7) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve7();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve7();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve7, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve7(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve7, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve7(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve7, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve7(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// action-stub:edit-policy
var edit_policy_exports = {};
__export(edit_policy_exports, {
  applyFixOps: () => applyFixOps
});
async function applyFixOps() {
  throw new Error("the tailpolicy GitHub Action does not apply fixes");
}
var init_edit_policy = __esm({
  "action-stub:edit-policy"() {
  }
});

// src/action/main.ts
import { mkdirSync, readFileSync as readFileSync3, realpathSync as realpathSync2, writeFileSync } from "node:fs";
import { dirname as dirname6, resolve as resolve6 } from "node:path";
import { fileURLToPath } from "node:url";

// src/engine/engine-rules.ts
var SYNTAX = {
  id: "syntax",
  description: "The file must be valid HuJSON holding one JSON object, as Tailscale parses it",
  severity: "error",
  fixable: false
};
var UNUSED_SUPPRESSION = {
  id: "no-unused-suppressions",
  description: "Every tailpolicy-disable comment must suppress a problem",
  severity: "warn",
  fixable: false
};
var engineRules = [SYNTAX, UNUSED_SUPPRESSION];

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/policy/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(name, candidates, maxDistance = 2) {
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance && distance <= Math.min(maxDistance, Math.max(1, Math.floor(candidate.length / 3)))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function didYouMean(name, candidates) {
  const match = closest(name, candidates);
  return match === void 0 ? "" : `; did you mean "${match}"?`;
}

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

// rules/hujson-compat.ts
var hujson_compat_default = defineRule({
  id: "hujson-compat",
  description: "Text that jsonc-parser accepts but Tailscale's HuJSON parser rejects: a byte order mark, a final // comment without a newline",
  severity: "error",
  fixable: true,
  check({ policy, report }) {
    if (policy.hasBom) {
      report({
        range: { offset: 0, length: 0 },
        message: "The file starts with a UTF-8 byte order mark, which Tailscale's parser rejects; remove it",
        fix: { description: "Remove the byte order mark", ops: [{ op: "remove-bom" }] }
      });
    }
    const last = policy.comments[policy.comments.length - 1];
    if (last && last.text.startsWith("//") && last.offset + last.length === policy.text.length) {
      report({
        range: last,
        message: "The file ends in a // comment without a final newline, which Tailscale's parser rejects; add a newline at the end",
        fix: { description: "Add the final newline", ops: [{ op: "add-final-newline" }] }
      });
    }
  }
});

// rules/no-duplicate-keys.ts
var no_duplicate_keys_default = defineRule({
  id: "no-duplicate-keys",
  description: "An object must not hold the same key twice",
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    for (const dup of policy.duplicates) {
      report({
        range: dup.range,
        related: { range: dup.first },
        message: `Duplicate key ${JSON.stringify(dup.key)}, first defined at {related}; Tailscale keeps only the last one, so merge them or remove the extra`
      });
    }
  }
});

// src/policy/members.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function findMember(object, name) {
  const key2 = memberKey(object, name);
  return key2 === void 0 ? void 0 : { key: key2, value: object[key2] };
}
function memberKey(object, name) {
  if (Object.hasOwn(object, name)) return name;
  if (!isAscii(name)) return memberKeyByLowerCase(object, name);
  const length = name.length;
  for (const key2 in object) {
    if (key2.length !== length) {
      if (key2.length > length || !key2.includes("İ") || key2.toLowerCase() !== name.toLowerCase()) continue;
    } else if (!sameIgnoringCase(key2, name)) continue;
    if (Object.hasOwn(object, key2)) return key2;
  }
  return void 0;
}
function isAscii(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
function sameIgnoringCase(key2, ascii) {
  for (let i = 0; i < key2.length; i++) {
    let a = key2.charCodeAt(i);
    let b = ascii.charCodeAt(i);
    if (a === b) continue;
    if (a > 127) return key2.toLowerCase() === ascii.toLowerCase();
    if (a >= 65 && a <= 90) a += 32;
    if (b >= 65 && b <= 90) b += 32;
    if (a !== b) return false;
  }
  return true;
}
function memberKeyByLowerCase(object, name) {
  const lower = name.toLowerCase();
  const length = lower.length;
  for (const key2 in object) {
    if (key2.length !== length && !(key2.length < length && key2.includes("İ"))) continue;
    if (key2.toLowerCase() === lower && Object.hasOwn(object, key2)) return key2;
  }
  return void 0;
}

// src/own-keys.ts
var LARGE = 32;
var lists = /* @__PURE__ */ new WeakMap();
function ownKeys(object) {
  let keys = lists.get(object);
  if (keys === void 0) {
    keys = Object.keys(object);
    if (keys.length >= LARGE) lists.set(object, keys);
  }
  return keys;
}

// src/sorted.ts
function lastAtOrBefore(starts, length, value) {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (starts[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

// src/policy/addresses.ts
import { isIP as netIsIP } from "node:net";
function isIP(text) {
  const n = text.length;
  if (n === 0) return 0;
  let separated = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 37) break;
    if (c === 46 || c === 58) separated = true;
    else if (!(c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102)) return 0;
  }
  return separated ? netIsIP(text) : 0;
}
function isAddress(text) {
  return isIP(text) !== 0;
}
function parsePrefix(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return void 0;
  const address = text.slice(0, slash);
  const bitsText = text.slice(slash + 1);
  const family = isIP(address);
  if (family === 0 || !/^\d{1,3}$/.test(bitsText)) return void 0;
  const bits = Number(bitsText);
  if (bits > (family === 4 ? 32 : 128)) return void 0;
  return { address, bits, family };
}
function isAddressOrPrefix(text) {
  return isAddress(text) || parsePrefix(text) !== void 0;
}
function ipv4ToNumber(address) {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}
function ipv4PrefixWithin(inner, outer) {
  if (inner.family !== 4 || outer.family !== 4 || inner.bits < outer.bits) return false;
  const size = 2 ** (32 - outer.bits);
  return Math.floor(ipv4ToNumber(inner.address) / size) === Math.floor(ipv4ToNumber(outer.address) / size);
}
function ipv4PrefixesOverlap(a, b) {
  return ipv4PrefixWithin(a, b) || ipv4PrefixWithin(b, a);
}
function ipRangeProblem(text) {
  const dash = text.indexOf("-");
  if (dash < 0) return 'it has no "-" between two addresses';
  const first = text.slice(0, dash);
  const last = text.slice(dash + 1);
  const a = isIP(first);
  const b = isIP(last);
  if (a === 0 || b === 0) return `${JSON.stringify(a === 0 ? first : last)} is not an IP address`;
  if (a !== b) return "it mixes an IPv4 and an IPv6 address";
  if (compareAddresses(first, last) > 0) return "the first address is above the last one; write the lower address first";
  return void 0;
}
function compareAddresses(a, b) {
  const x = addressBytes(a);
  const y = addressBytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
function addressBytes(address) {
  if (isIP(address) === 4) return address.split(".").map(Number);
  let text = address.split("%")[0];
  const tail = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail.push(...dotted[1].split(".").map(Number));
    text = text.slice(0, -dotted[1].length) + "0:0";
  }
  const [head = "", rest] = text.split("::");
  const groups = (s) => s === "" ? [] : s.split(":").map((g) => parseInt(g, 16));
  const left = groups(head);
  const right = rest === void 0 ? [] : groups(rest);
  const words = [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  const bytes = words.flatMap((w) => [w >> 8, w & 255]);
  if (dotted) bytes.splice(12, 4, ...tail);
  return bytes;
}

// src/policy/ports.ts
var ok = (value) => ({ ok: true, value });
var bad = (problem) => ({ ok: false, problem });
var PROTOCOLS = {
  icmp: 1,
  igmp: 2,
  ipv4: 4,
  "ip-in-ip": 4,
  tcp: 6,
  egp: 8,
  igp: 9,
  udp: 17,
  gre: 47,
  esp: 50,
  ah: 51,
  "ipv6-icmp": 58,
  sctp: 132
};
var PORT_PROTOCOLS = /* @__PURE__ */ new Set([6, 17, 132]);
function parseProtocol(text) {
  const n = protocolNumber(text);
  return n < 0 ? bad(protocolProblem(text, n)) : ok(n);
}
function protocolProblem(text, n) {
  if (n === OUT_OF_RANGE) return `protocol number ${JSON.stringify(text)} is out of range; use 0-255`;
  return `unknown protocol ${JSON.stringify(text)}; use a protocol number 0-255 or a name such as "tcp", "udp", "icmp"`;
}
var UNKNOWN = -1;
var OUT_OF_RANGE = -2;
function protocolNumber(text) {
  const lower = text.trim().toLowerCase();
  if (/^\d+$/.test(lower)) {
    const n = Number(lower);
    return n > 255 ? OUT_OF_RANGE : n;
  }
  return PROTOCOLS[lower] ?? UNKNOWN;
}
var WELL_KNOWN_PORTS = {
  ssh: 22,
  smtp: 25,
  dns: 53,
  domain: 53,
  http: 80,
  https: 443,
  mysql: 3306,
  rdp: 3389,
  postgres: 5432,
  postgresql: 5432,
  vnc: 5900
};
function parsePortList(text) {
  const ranges = [];
  const problem = portListProblem(text, ranges);
  return problem === void 0 ? ok(ranges) : bad(problem);
}
function portListProblem(text, ranges) {
  if (text === "*") {
    ranges?.push({ first: 1, last: 65535 });
    return void 0;
  }
  if (text === "") return 'the port is missing after ":"; write a port, a range or "*"';
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(",", start);
    if (end < 0) end = text.length;
    const dash = text.indexOf("-", start);
    const split = dash >= 0 && dash < end ? dash : end;
    const first = portNumber(text, start, split);
    const part = () => text.slice(start, end);
    if (first < 0 || first === 0 || first > 65535) return portProblem(first, part());
    const last = split === end ? first : portNumber(text, split + 1, end);
    if (last < 0 || last === 0 || last > 65535) return portProblem(last, part());
    if (last < first) return `port range ${JSON.stringify(part())} is inverted; write the lower port first`;
    ranges?.push({ first, last });
    start = end + 1;
  }
  return void 0;
}
function portNumber(text, start, end) {
  if (start >= end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = Math.min(n * 10 + digit, 65536);
  }
  return n;
}
function portProblem(port, part) {
  if (port < 0) return `port ${JSON.stringify(part)} is not a number; write port numbers (22, not "ssh"), a range or "*"`;
  if (port === 0) return `port ${JSON.stringify(part)} is 0; the first port must be above 0, or use "*" for all ports`;
  return `port ${JSON.stringify(part)} is above 65535`;
}
function splitHostPort(text) {
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) return bad(`"${text}" opens "[" without closing it`);
    const inside = text.slice(1, close);
    if (!inside.includes(":")) return bad(`"${text}": square brackets are only valid around IPv6 addresses`);
    if (inside.includes("/")) return bad(`"${text}": write the prefix length outside the brackets ("[addr]/len:port")`);
    const rest = text.slice(close + 1);
    const colon2 = rest.lastIndexOf(":");
    if (colon2 < 0) return bad(`"${text}" has no port; add ":" and a port, a range or "*"`);
    return ok({ host: inside + rest.slice(0, colon2), ports: rest.slice(colon2 + 1) });
  }
  const colon = text.lastIndexOf(":");
  if (colon < 0) return bad(`"${text}" has no port; add ":" and a port, a range or "*" (for example "${text}:*")`);
  const host = text.slice(0, colon);
  if (host.includes(":") && !host.startsWith("autogroup:") && /^[0-9a-fA-F:]+(\/\d+)?$/.test(host)) {
    return bad(`"${text}": an IPv6 address needs square brackets before the port ("[${host}]:${text.slice(colon + 1)}")`);
  }
  return ok({ host, ports: text.slice(colon + 1) });
}
var NAMED_PREFIXES = ["tag", "group", "autogroup", "ipset", "svc", "user", "posture"];
function isNamedPrefix(text, colon) {
  for (const prefix of NAMED_PREFIXES) if (prefix.length === colon && text.startsWith(prefix)) return true;
  return false;
}
function parseDestination(raw) {
  const text = raw.trim();
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) return bad('it opens "[" without closing it');
    const inside = text.slice(1, close);
    const bits = /^\/\d+/.exec(text.slice(close + 1))?.[0] ?? "";
    const after = text.slice(close + 1 + bits.length);
    if (after !== "" && !after.startsWith(":")) return bad(`a ":" and a port must follow ${JSON.stringify(text.slice(0, close + 1 + bits.length))}`);
    const slash = inside.indexOf("/");
    if (slash >= 0) {
      const address = inside.slice(0, slash);
      if (isIP(address) === 6 && bits === "" && parsePrefix(inside)) {
        return { ok: false, problem: "the prefix length goes after the closing square bracket", rewrite: `[${address}]${inside.slice(slash)}${after}` };
      }
      return bad("square brackets may only hold an IPv6 address");
    }
    if (isIP(inside) === 4 && (bits === "" || parsePrefix(inside + bits))) {
      return { ok: false, problem: "square brackets are only for IPv6 addresses", rewrite: `${inside}${bits}${after}` };
    }
    if (isIP(inside) !== 6 || bits !== "" && !parsePrefix(inside + bits)) return bad("square brackets may only hold an IPv6 address");
    return ok({ host: inside + bits, ports: after === "" ? void 0 : after.slice(1) });
  }
  const colon = portColon(text);
  return ok(colon < 0 ? { host: text, ports: void 0 } : { host: text.slice(0, colon), ports: text.slice(colon + 1) });
}
function portSuffixColon(text) {
  const colon = text.lastIndexOf(":");
  if (colon < 1 || colon === text.length - 1) return -1;
  if (colon === text.length - 2 && text.charCodeAt(colon + 1) === 42) return lineTerminatorFree(text) ? colon : -1;
  for (let i = colon + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
  }
  return lineTerminatorFree(text) ? colon : -1;
}
function lineTerminatorFree(text) {
  return !/[\n\r\u2028\u2029]/.test(text);
}
function portColon(text) {
  const colon = text.lastIndexOf(":");
  if (colon < 0 || isNamedPrefix(text, colon)) return -1;
  if (colon > 0 && text.lastIndexOf(":", colon - 1) >= 0 && isAddressOrPrefix(text) && !isAddressOrPrefix(text.slice(0, colon))) return -1;
  return colon;
}
function parseGrantIp(text) {
  const value = { protocol: void 0, ports: [] };
  const problem = grantIpProblem(text, value);
  return problem === void 0 ? ok(value) : bad(problem);
}
function grantIpProblem(text, into) {
  if (text === "*") return portListProblem(text, into?.ports);
  const colon = text.indexOf(":");
  if (colon >= 0 && text.indexOf(":", colon + 1) >= 0) return `${JSON.stringify(text)} has more than one ":"; write "proto:ports"`;
  if (colon < 0) {
    if (!/^[\d,-]+$/.test(text)) {
      const hint = protocolNumber(text) >= 0 ? `; write ${JSON.stringify(`${text}:*`)} for the protocol, or a port` : '; write a port number, a range or "*"';
      return `${JSON.stringify(text)} is not a port${hint}`;
    }
    return portListProblem(text, into?.ports);
  }
  const name = text.slice(0, colon);
  const ports = text.slice(colon + 1);
  if (name.trim() === "*") return portListProblem(ports, into?.ports);
  const protocol = protocolNumber(name);
  if (protocol < 0) return protocolProblem(name, protocol);
  const problem = portListProblem(ports, into?.ports);
  if (problem !== void 0) return problem;
  if (ports !== "*" && !PORT_PROTOCOLS.has(protocol)) {
    return `protocol ${JSON.stringify(name)} has no ports; write ${JSON.stringify(`${name}:*`)}`;
  }
  if (into) into.protocol = protocol;
  return void 0;
}

// src/policy/selectors.ts
var SELECTOR_KINDS = [
  "wildcard",
  "ip",
  "cidr",
  "ip-range",
  "domain-users",
  "group",
  "tag",
  "autogroup",
  "ipset",
  "service",
  "posture",
  "user",
  "host"
];
var SELECTOR_KIND_CODE = Object.fromEntries(SELECTOR_KINDS.map((kind, i) => [kind, i]));
var PREFIXES = {
  u: ["user:*@", "domain-users"],
  g: ["group:", "group"],
  t: ["tag:", "tag"],
  a: ["autogroup:", "autogroup"],
  i: ["ipset:", "ipset"],
  s: ["svc:", "service"],
  p: ["posture:", "posture"]
};
function classifySelector(raw) {
  const text = raw.trim();
  return { kind: selectorKind(text), text };
}
function selectorKind(text) {
  if (text === "*") return "wildcard";
  const prefixed = PREFIXES[text.charAt(0)];
  if (prefixed !== void 0 && text.startsWith(prefixed[0])) return prefixed[1];
  if (isAddress(text)) return "ip";
  if (parsePrefix(text)) return "cidr";
  const dash = text.indexOf("-");
  if (dash > 0 && isAddress(text.slice(0, dash)) && isAddress(text.slice(dash + 1))) return "ip-range";
  if (text.includes("@")) return "user";
  return "host";
}
var IDENTITY_AUTOGROUPS = [
  "autogroup:member",
  "autogroup:members",
  "autogroup:tagged",
  "autogroup:owner",
  "autogroup:admin",
  "autogroup:it-admin",
  "autogroup:network-admin",
  "autogroup:billing-admin",
  "autogroup:auditor"
];
var AUTOGROUPS = [
  ...IDENTITY_AUTOGROUPS,
  "autogroup:self",
  "autogroup:internet",
  "autogroup:shared",
  "autogroup:danger-all",
  "autogroup:nonroot"
];
function selectorOf(raw, site) {
  if (site !== "acl.dst" && site !== "tests.dst") return raw;
  const text = raw.trim();
  if (!text.startsWith("[")) {
    const colon = portColon(text);
    return colon < 0 ? text : text.slice(0, colon);
  }
  const parsed = parseDestination(text);
  return parsed.ok ? parsed.value.host : void 0;
}

// src/policy/policy-model.ts
var NO_KIND = 255;
var SITES = [
  "acl.src",
  "acl.dst",
  "grant.src",
  "grant.dst",
  "grant.via",
  "ssh.src",
  "ssh.dst",
  "ssh.users",
  "srcPosture",
  "defaultSrcPosture",
  "tagOwners.owner",
  "groups.member",
  "autoApprovers.route",
  "autoApprovers.exitNode",
  "autoApprovers.service",
  "autoApprovers.serviceHost",
  "nodeAttrs.target",
  "tests.src",
  "tests.dst",
  "sshTests.src",
  "sshTests.dst",
  "sshTests.user",
  "ipsets.entry",
  // Not a selector site: SSH session recorders, kept after the selector uses for policy/references.
  "ssh.recorder"
];
var SITE_NUMBER = Object.fromEntries(SITES.map((site, i) => [site, i]));
var DESTINATION_SITES = SITES.map((site) => site === "acl.dst" || site === "tests.dst");
var ENTRY_FIELDS = [
  ["acls", [["src", "acl.src"], ["users", "acl.src"], ["dst", "acl.dst"], ["ports", "acl.dst"], ["srcPosture", "srcPosture"]]],
  ["grants", [["src", "grant.src"], ["dst", "grant.dst"], ["via", "grant.via"], ["srcPosture", "srcPosture"]]],
  ["ssh", [["src", "ssh.src"], ["dst", "ssh.dst"], ["users", "ssh.users"], ["srcPosture", "srcPosture"]]],
  ["nodeAttrs", [["target", "nodeAttrs.target"]]],
  ["tests", [["src", "tests.src"], ["user", "tests.src"], ["accept", "tests.dst"], ["allow", "tests.dst"], ["deny", "tests.dst"]]],
  ["sshTests", [["src", "sshTests.src"], ["dst", "sshTests.dst"], ["accept", "sshTests.user"], ["check", "sshTests.user"], ["deny", "sshTests.user"]]]
];
function room(array, needed) {
  if (needed <= array.length) return array;
  const larger = new array.constructor(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}
var StringStore = class {
  /** The number of selector uses; the SSH recorders' strings follow them. */
  selectors = 0;
  texts = [];
  /** (the element's index + 1) * 32 + the site's number: 0 as index + 1 when not in an array. */
  codes = new Float64Array(256);
  /** The id of the member of the owner that holds the string, 0 when the owner's path is the string's own. */
  keyIds = new Int32Array(256);
  keyNames = [void 0];
  keyIdOf = /* @__PURE__ */ new Map();
  /** Each run's owner and the position of its first string. */
  owners = [];
  ownerStarts = new Int32Array(64);
  /** The section key (as written) of each definition site's owners, by site number. */
  sections = [];
  /**
   * The selector each string names at its site (selectorOf, trimmed), and its kind as a
   * SELECTOR_KIND_CODE (NO_KIND where there is none): the rules that look for one kind
   * (autogroups, user domains) and the references test these instead of reading every string.
   */
  selectorTexts = [];
  kindCodes = new Uint8Array(256);
  add(text, owner, key2, index, site) {
    this.addAll(text, owner, key2, SITE_NUMBER[site], index);
  }
  /**
   * The strings of `value` (a string, or an array whose string elements count), which is `owner`
   * itself or, with `key`, its member `key`. `index` is given for a lone string inside an array.
   */
  addAll(value, owner, key2, site, index = -1) {
    let keyId = 0;
    if (key2 !== void 0) {
      keyId = this.keyIdOf.get(key2) ?? 0;
      if (keyId === 0) {
        keyId = this.keyNames.push(key2) - 1;
        this.keyIdOf.set(key2, keyId);
      }
    }
    const start = this.texts.length;
    if (typeof value === "string") this.push(value, (index + 1) * 32 + site, keyId, site);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === "string") this.push(item, (i + 1) * 32 + site, keyId, site);
      }
    }
    if (this.texts.length === start) return;
    const runs = this.owners.length;
    if (runs === 0 || this.owners[runs - 1] !== owner) {
      this.ownerStarts = room(this.ownerStarts, runs + 1);
      this.ownerStarts[runs] = start;
      this.owners.push(owner);
    }
  }
  /**
   * Adds one string with its numbers, and the selector it names with that selector's kind: read
   * now, while the string is at hand, since a large policy's strings do not stay in the cache
   * until a later pass.
   */
  push(text, code, keyId, site) {
    const at2 = this.texts.push(text) - 1;
    if (at2 >= this.codes.length) {
      this.codes = room(this.codes, at2 + 1);
      this.keyIds = room(this.keyIds, at2 + 1);
      this.kindCodes = room(this.kindCodes, at2 + 1);
    }
    this.codes[at2] = code;
    this.keyIds[at2] = keyId;
    const selector = DESTINATION_SITES[site] ? selectorOf(text, "acl.dst")?.trim() : text.trim();
    this.selectorTexts.push(selector);
    this.kindCodes[at2] = selector === void 0 ? NO_KIND : SELECTOR_KIND_CODE[selectorKind(selector)];
  }
  get length() {
    return this.texts.length;
  }
  site(i) {
    return SITES[this.siteNumber(i)];
  }
  siteNumber(i) {
    return this.codes[i] % 32;
  }
  /** The code (SELECTOR_KIND_CODE) of the kind of selector string `i` names at its site, or NO_KIND. */
  kindCode(i) {
    return this.kindCodes[i];
  }
  /** The selector string `i` names at its site (selectorOf, trimmed: a destination's host), or undefined. */
  selector(i) {
    return this.selectorTexts[i];
  }
  owner(i) {
    const of = this.owners[lastAtOrBefore(this.ownerStarts, this.owners.length, i)];
    if (typeof of === "string") return [this.sections[this.siteNumber(i)], of];
    return Array.isArray(of) ? of : of.path;
  }
  path(i) {
    const owner = this.owner(i);
    const key2 = this.keyNames[this.keyIds[i]];
    const index = Math.floor(this.codes[i] / 32) - 1;
    if (key2 === void 0) return index < 0 ? owner : [...owner, index];
    return index < 0 ? [...owner, key2] : [...owner, key2, index];
  }
};
var UseList = class {
  constructor(store, positions, length, start = 0) {
    this.store = store;
    this.positions = positions;
    this.length = length;
    this.start = start;
  }
  store;
  positions;
  length;
  start;
  position(i) {
    return this.positions === void 0 ? i : this.positions[this.start + i];
  }
  /** The kind of selector use `i` names (selectorOf, trimmed): undefined where it names none. */
  kind(i) {
    return SELECTOR_KINDS[this.store.kindCode(this.position(i))];
  }
  /** The selector use `i` names (selectorOf, trimmed: a destination's host), or undefined. */
  selector(i) {
    return this.store.selector(this.position(i));
  }
  text(i) {
    return this.store.texts[this.position(i)];
  }
  site(i) {
    return this.store.site(this.position(i));
  }
  /** Only autoApprovers.services names are keys: each names a Service. */
  isKey(i) {
    return this.site(i) === "autoApprovers.service";
  }
  path(i) {
    return this.store.path(this.position(i));
  }
  owner(i) {
    return this.store.owner(this.position(i));
  }
  /** The use as an object (for a report or a test; loops read the fields by position). */
  at(i) {
    return { text: this.text(i), path: this.path(i), site: this.site(i), owner: this.owner(i), isKey: this.isKey(i) };
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
};
var NO_NAMES = [];
var Defined = class {
  constructor(name, section, value) {
    this.name = name;
    this.section = section;
    this.value = value;
  }
  name;
  section;
  value;
  where;
  get path() {
    return this.where ??= [this.section, this.name];
  }
};
var Definitions = class {
  constructor(object, section) {
    this.object = object;
    this.section = section;
  }
  object;
  section;
  /** Each name's index in `keys()`, and the values in that order, built on first use. */
  indexes;
  values;
  index() {
    if (!this.indexes) {
      const indexes2 = this.indexes = /* @__PURE__ */ new Map();
      const values = this.values = [];
      const keys = this.keys();
      for (let i = 0; i < keys.length; i++) {
        indexes2.set(keys[i], i);
        values.push(this.object[keys[i]]);
      }
    }
    return this.indexes;
  }
  has(name) {
    return this.index().has(name);
  }
  /** The index of definition `name` in `keys()`, or -1. */
  indexOf(name) {
    return this.index().get(name) ?? -1;
  }
  /** The value of definition `name` (undefined when there is none): no Definition object. */
  valueOf(name) {
    const i = this.index().get(name);
    return i === void 0 ? void 0 : this.values[i];
  }
  get(name) {
    return this.has(name) ? new Defined(name, this.section, this.valueOf(name)) : void 0;
  }
  /** The names, in order (the section's own keys: do not modify). Values through `valueOf`. */
  keys() {
    return this.object === void 0 ? NO_NAMES : ownKeys(this.object);
  }
};
var Entry = class {
  constructor(section, index, value) {
    this.section = section;
    this.index = index;
    this.value = value;
  }
  section;
  index;
  value;
  where;
  get path() {
    return this.where ??= [this.section, this.index];
  }
};
var PolicyModel = class {
  constructor(root) {
    this.root = root;
    this.tags = this.definitions("tagOwners");
    this.groups = this.definitions("groups");
    this.hosts = this.definitions("hosts");
    this.postures = this.definitions("postures");
    this.ipsets = this.definitions("ipsets");
  }
  root;
  tags;
  groups;
  hosts;
  postures;
  ipsets;
  store;
  usesBySite;
  entryCache = /* @__PURE__ */ new Map();
  /** A top-level section under any key spelling: `{ key, value }` or undefined. */
  section(name) {
    return findMember(this.root, name);
  }
  /** The object entries of an array section (`acls`, `grants`, `ssh`, …), with paths. Cached: do not modify. */
  entries(name) {
    let out = this.entryCache.get(name);
    if (out) return out;
    out = [];
    const member = this.section(name);
    if (member && Array.isArray(member.value)) {
      const { key: key2, value: list2 } = member;
      for (let index = 0; index < list2.length; index++) {
        const value = list2[index];
        if (isObject(value)) out.push(new Entry(key2, index, value));
      }
    }
    this.entryCache.set(name, out);
    return out;
  }
  definitions(name) {
    const member = this.section(name);
    return member && isObject(member.value) ? new Definitions(member.value, member.key) : new Definitions(void 0, name);
  }
  /** Every selector string in the policy, in file order of sections. */
  selectorUses() {
    const store = this.strings();
    return new UseList(store, void 0, store.selectors);
  }
  /** The selector strings, then the SSH recorders' (for policy/references). */
  strings() {
    return this.store ??= this.collectStrings();
  }
  /** The selector uses at one site, in the order of `selectorUses()`. */
  usesAt(site) {
    const store = this.strings();
    if (!this.usesBySite) {
      const starts = new Int32Array(SITES.length + 1);
      for (let i = 0; i < store.selectors; i++) starts[store.siteNumber(i) + 1]++;
      for (let site2 = 0; site2 < SITES.length; site2++) starts[site2 + 1] += starts[site2];
      const positions = new Int32Array(store.selectors);
      const next = starts.slice(0, SITES.length);
      for (let i = 0; i < store.selectors; i++) positions[next[store.siteNumber(i)]++] = i;
      this.usesBySite = SITES.map((_, site2) => new UseList(store, positions, starts[site2 + 1] - starts[site2], starts[site2]));
    }
    return this.usesBySite[SITE_NUMBER[site]];
  }
  collectStrings() {
    const uses = new StringStore();
    const strings4 = (value, owner, key2, site) => uses.addAll(value, owner, key2, SITE_NUMBER[site]);
    for (let s = 0; s < ENTRY_FIELDS.length; s++) {
      const [section, fields] = ENTRY_FIELDS[s];
      const entries = this.entries(section);
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e];
        for (let f = 0; f < fields.length; f++) {
          const key2 = memberKey(entry.value, fields[f][0]);
          if (key2 !== void 0) strings4(entry.value[key2], entry, key2, fields[f][1]);
        }
      }
    }
    for (const [definitions, site] of [
      [this.tags, "tagOwners.owner"],
      [this.groups, "groups.member"],
      [this.ipsets, "ipsets.entry"]
    ]) {
      uses.sections[SITE_NUMBER[site]] = definitions.section;
      const names = definitions.keys();
      for (let i = 0; i < names.length; i++) strings4(definitions.valueOf(names[i]), names[i], void 0, site);
    }
    const posture = this.section("defaultSrcPosture");
    if (posture) strings4(posture.value, [posture.key], void 0, "defaultSrcPosture");
    const approvers = this.section("autoApprovers");
    if (approvers && isObject(approvers.value)) {
      const base = [approvers.key];
      const routes = findMember(approvers.value, "routes");
      if (routes && isObject(routes.value)) {
        const object = routes.value;
        for (const cidr of ownKeys(object)) strings4(object[cidr], [...base, routes.key, cidr], void 0, "autoApprovers.route");
      }
      const exitNode = findMember(approvers.value, "exitNode");
      if (exitNode) strings4(exitNode.value, [...base, exitNode.key], void 0, "autoApprovers.exitNode");
      const services = findMember(approvers.value, "services");
      if (services && isObject(services.value)) {
        const object = services.value;
        for (const name of ownKeys(object)) {
          const path = [...base, services.key, name];
          uses.add(name, path, void 0, -1, "autoApprovers.service");
          strings4(object[name], path, void 0, "autoApprovers.serviceHost");
        }
      }
    }
    uses.selectors = uses.length;
    for (const e of this.entries("ssh")) {
      const key2 = memberKey(e.value, "recorder");
      if (key2 !== void 0 && Array.isArray(e.value[key2])) strings4(e.value[key2], e, key2, "ssh.recorder");
    }
    return uses;
  }
};
var models = /* @__PURE__ */ new WeakMap();
function modelOf(policy) {
  let model = models.get(policy);
  if (!model) models.set(policy, model = new PolicyModel(policy.value));
  return model;
}

// rules/no-legacy-acl-keys.ts
var RENAMES = { users: "src", ports: "dst" };
var no_legacy_acl_keys_default = defineRule({
  id: "no-legacy-acl-keys",
  description: 'ACL rules should use "src" and "dst", not the legacy "users" and "ports"',
  severity: "warn",
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const acl of modelOf(policy).entries("acls")) {
      for (const key2 in acl.value) {
        if (key2.length !== 5 || !Object.hasOwn(acl.value, key2)) continue;
        const lower = key2.toLowerCase();
        const modern = Object.hasOwn(RENAMES, lower) ? RENAMES[lower] : void 0;
        if (!modern) continue;
        const path = [...acl.path, key2];
        if (memberKey(acl.value, modern) !== void 0) {
          report({
            path,
            on: "key",
            message: `ACL rule has both "${key2}" and its modern name "${modern}"; keep only "${modern}"`,
            suggestions: [{ description: `Remove "${key2}" and keep "${modern}"`, ops: [{ op: "remove", path }] }]
          });
          continue;
        }
        report({
          path,
          on: "key",
          message: `"${key2}" is the legacy name of "${modern}" in ACL rules; rename it to "${modern}"`,
          fix: { description: `Rename "${key2}" to "${modern}"`, ops: [{ op: "rename-key", path, newKey: modern }] }
        });
      }
    }
  }
});

// src/schema/validate-policy.generated.ts
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/tailpolicy/tailpolicy/main/schema/policy.schema.json", "type": "object", "additionalProperties": false, "properties": { "acls": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "type": "string", "const": "accept" }, "src": { "type": "array", "items": { "type": "string" } }, "dst": { "type": "array", "items": { "type": "string" } }, "proto": { "type": "string" }, "srcPosture": { "type": "array", "items": { "type": "string" } }, "users": { "type": "array", "items": { "type": "string" } }, "ports": { "type": "array", "items": { "type": "string" } } }, "patternProperties": { "^#": {} }, "allOf": [{ "anyOf": [{ "required": ["src"], "properties": { "src": true } }, { "required": ["users"], "properties": { "users": true } }] }, { "anyOf": [{ "required": ["dst"], "properties": { "dst": true } }, { "required": ["ports"], "properties": { "ports": true } }] }] } }, "grants": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["src", "dst"], "properties": { "src": { "type": "array", "items": { "type": "string" } }, "dst": { "type": "array", "items": { "type": "string" } }, "ip": { "type": "array", "items": { "type": "string" } }, "app": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "object" } } }, "srcPosture": { "type": "array", "items": { "type": "string" } }, "via": { "type": ["array", "null"], "items": { "type": "string" } } } } }, "groups": { "type": "object", "propertyNames": { "pattern": "^group:.+$" }, "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "hosts": { "type": "object", "additionalProperties": { "type": "string" } }, "tagOwners": { "type": "object", "propertyNames": { "pattern": "^tag:[A-Za-z][A-Za-z0-9-]*$" }, "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "autoApprovers": { "type": "object", "additionalProperties": false, "properties": { "routes": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "exitNode": { "type": "array", "items": { "type": "string" } }, "services": { "type": "object", "propertyNames": { "pattern": "^(svc:(\\*|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)|tag:[A-Za-z][A-Za-z0-9-]*)$" }, "additionalProperties": { "type": "array", "items": { "type": "string" } } } } }, "ssh": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["action", "users"], "properties": { "action": { "type": "string", "anyOf": [{ "enum": ["accept", "check"] }, { "pattern": "^\\s*(accept|check)\\s*$" }] }, "src": { "type": "array", "items": { "type": "string" } }, "dst": { "type": "array", "items": { "type": "string" } }, "users": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "checkPeriod": { "type": ["string", "null"] }, "acceptEnv": { "type": ["array", "null"], "items": { "type": "string" } }, "srcPosture": { "type": "array", "items": { "type": "string" } }, "recorder": { "type": "array", "items": { "type": "string" } }, "enforceRecorder": { "type": "boolean" } } } }, "sshTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["src", "dst"], "properties": { "src": { "type": "string" }, "dst": { "type": "array", "items": { "type": "string" } }, "accept": { "type": "array", "items": { "type": "string" } }, "check": { "type": "array", "items": { "type": "string" } }, "deny": { "type": "array", "items": { "type": "string" } }, "srcPostureAttrs": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } } }, "anyOf": [{ "required": ["accept"], "properties": { "accept": { "type": "array", "minItems": 1 } } }, { "required": ["check"], "properties": { "check": { "type": "array", "minItems": 1 } } }, { "required": ["deny"], "properties": { "deny": { "type": "array", "minItems": 1 } } }] } }, "tests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "src": { "type": "string" }, "proto": { "type": "string" }, "srcPostureAttrs": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "accept": { "type": "array", "items": { "type": "string" } }, "deny": { "type": "array", "items": { "type": "string" } }, "user": { "type": "string" }, "allow": { "type": "array", "items": { "type": "string" } } }, "allOf": [{ "anyOf": [{ "required": ["src"], "properties": { "src": true } }, { "required": ["user"], "properties": { "user": true } }] }, { "anyOf": [{ "required": ["accept"], "properties": { "accept": { "type": "array", "minItems": 1 } } }, { "required": ["deny"], "properties": { "deny": { "type": "array", "minItems": 1 } } }, { "required": ["allow"], "properties": { "allow": { "type": "array", "minItems": 1 } } }] }] } }, "nodeAttrs": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "type": "array", "items": { "type": "string" } }, "attr": { "type": "array", "items": { "type": "string" } }, "app": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "object" } } }, "ipPool": { "type": "array", "items": { "type": "string" } } } } }, "postures": { "type": "object", "propertyNames": { "pattern": "^posture:.+$" }, "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "defaultSrcPosture": { "type": "array", "items": { "type": "string" } }, "ipsets": { "type": "object", "propertyNames": { "pattern": "^ipset:.+$" }, "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "derpMap": { "type": "object", "additionalProperties": false, "properties": { "OmitDefaultRegions": { "type": "boolean" }, "Regions": { "type": "object", "propertyNames": { "pattern": "^[0-9]+$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["RegionID", "Nodes"], "properties": { "RegionID": { "type": "integer" }, "RegionCode": { "type": "string" }, "RegionName": { "type": "string" }, "Latitude": { "type": "number" }, "Longitude": { "type": "number" }, "Avoid": { "type": "boolean" }, "NoMeasureNoHome": { "type": "boolean" }, "Nodes": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["Name", "RegionID", "HostName"], "properties": { "Name": { "type": "string" }, "RegionID": { "type": "integer" }, "HostName": { "type": "string" }, "CertName": { "type": "string" }, "IPv4": { "type": "string" }, "IPv6": { "type": "string" }, "STUNPort": { "type": "integer" }, "STUNOnly": { "type": "boolean" }, "DERPPort": { "type": "integer" }, "InsecureForTests": { "type": "boolean" }, "STUNTestIP": { "type": "string" }, "CanPort80": { "type": "boolean" } } } } } } }, "HomeParams": { "type": "object", "additionalProperties": false, "properties": { "RegionScore": { "type": "object", "additionalProperties": { "type": "number" } } } } } }, "disableIPv4": { "type": "boolean" }, "OneCGNATRoute": { "type": "string", "enum": ["", "mac-always", "mac-never"] }, "oneCGNATRoute": { "type": "string", "enum": ["", "mac-always", "mac-never"] }, "randomizeClientPort": { "type": "boolean" }, "attrConfig": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string", "enum": ["string", "bool", "number"] }, "allowSetByNode": { "type": "boolean" }, "broadcastToPeers": { "type": ["boolean", "array"], "items": { "type": "string" } } } } } } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^#", "u");
var pattern5 = new RegExp("^group:.+$", "u");
var pattern6 = new RegExp("^tag:[A-Za-z][A-Za-z0-9-]*$", "u");
var pattern7 = new RegExp("^(svc:(\\*|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)|tag:[A-Za-z][A-Za-z0-9-]*)$", "u");
var pattern8 = new RegExp("^\\s*(accept|check)\\s*$", "u");
var pattern9 = new RegExp("^posture:.+$", "u");
var pattern10 = new RegExp("^ipset:.+$", "u");
var pattern11 = new RegExp("^[0-9]+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0i = 0, key0s = ownKeys(data); key0i < key0s.length; key0i++) {
      const key0 = key0s[key0i];
      if (!func1.call(schema31.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.acls !== void 0) {
      let data0 = data.acls;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs7 = errors;
          let valid4 = false;
          const _errs8 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.src === void 0) {
              const err1 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/allOf/0/anyOf/0/required", keyword: "required", params: { missingProperty: "src" } };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var _valid0 = _errs8 === errors;
          valid4 = valid4 || _valid0;
          if (!valid4) {
            const _errs9 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.users === void 0) {
                const err2 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "users" } };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var _valid0 = _errs9 === errors;
            valid4 = valid4 || _valid0;
          }
          if (!valid4) {
            const err3 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/allOf/0/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
          const _errs11 = errors;
          let valid5 = false;
          const _errs12 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.dst === void 0) {
              const err4 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "dst" } };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var _valid1 = _errs12 === errors;
          valid5 = valid5 || _valid1;
          if (!valid5) {
            const _errs13 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.ports === void 0) {
                const err5 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "ports" } };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            var _valid1 = _errs13 === errors;
            valid5 = valid5 || _valid1;
          }
          if (!valid5) {
            const err6 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/allOf/1/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          } else {
            errors = _errs11;
            if (vErrors !== null) {
              if (_errs11) {
                vErrors.length = _errs11;
              } else {
                vErrors = null;
              }
            }
          }
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.action === void 0) {
              const err7 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/required", keyword: "required", params: { missingProperty: "action" } };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "action" || key1 === "src" || key1 === "dst" || key1 === "proto" || key1 === "srcPosture" || key1 === "users" || key1 === "ports" || pattern4.test(key1))) {
                const err8 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 } };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.action !== void 0) {
              let data2 = data1.action;
              if (typeof data2 !== "string") {
                const err9 = { instancePath: instancePath + "/acls/" + i0 + "/action", schemaPath: "#/properties/acls/items/properties/action/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if ("accept" !== data2) {
                const err10 = { instancePath: instancePath + "/acls/" + i0 + "/action", schemaPath: "#/properties/acls/items/properties/action/const", keyword: "const", params: { allowedValue: "accept" } };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.src !== void 0) {
              let data3 = data1.src;
              if (Array.isArray(data3)) {
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data3[i1] !== "string") {
                    const err11 = { instancePath: instancePath + "/acls/" + i0 + "/src/" + i1, schemaPath: "#/properties/acls/items/properties/src/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/acls/" + i0 + "/src", schemaPath: "#/properties/acls/items/properties/src/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.dst !== void 0) {
              let data5 = data1.dst;
              if (Array.isArray(data5)) {
                const len2 = data5.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data5[i2] !== "string") {
                    const err13 = { instancePath: instancePath + "/acls/" + i0 + "/dst/" + i2, schemaPath: "#/properties/acls/items/properties/dst/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/acls/" + i0 + "/dst", schemaPath: "#/properties/acls/items/properties/dst/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.proto !== void 0) {
              if (typeof data1.proto !== "string") {
                const err15 = { instancePath: instancePath + "/acls/" + i0 + "/proto", schemaPath: "#/properties/acls/items/properties/proto/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.srcPosture !== void 0) {
              let data8 = data1.srcPosture;
              if (Array.isArray(data8)) {
                const len3 = data8.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (typeof data8[i3] !== "string") {
                    const err16 = { instancePath: instancePath + "/acls/" + i0 + "/srcPosture/" + i3, schemaPath: "#/properties/acls/items/properties/srcPosture/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/acls/" + i0 + "/srcPosture", schemaPath: "#/properties/acls/items/properties/srcPosture/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.users !== void 0) {
              let data10 = data1.users;
              if (Array.isArray(data10)) {
                const len4 = data10.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data10[i4] !== "string") {
                    const err18 = { instancePath: instancePath + "/acls/" + i0 + "/users/" + i4, schemaPath: "#/properties/acls/items/properties/users/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/acls/" + i0 + "/users", schemaPath: "#/properties/acls/items/properties/users/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data1.ports !== void 0) {
              let data12 = data1.ports;
              if (Array.isArray(data12)) {
                const len5 = data12.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data12[i5] !== "string") {
                    const err20 = { instancePath: instancePath + "/acls/" + i0 + "/ports/" + i5, schemaPath: "#/properties/acls/items/properties/ports/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/acls/" + i0 + "/ports", schemaPath: "#/properties/acls/items/properties/ports/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/acls/" + i0, schemaPath: "#/properties/acls/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/acls", schemaPath: "#/properties/acls/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.grants !== void 0) {
      let data14 = data.grants;
      if (Array.isArray(data14)) {
        const len6 = data14.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data15 = data14[i6];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.src === void 0) {
              const err24 = { instancePath: instancePath + "/grants/" + i6, schemaPath: "#/properties/grants/items/required", keyword: "required", params: { missingProperty: "src" } };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data15.dst === void 0) {
              const err25 = { instancePath: instancePath + "/grants/" + i6, schemaPath: "#/properties/grants/items/required", keyword: "required", params: { missingProperty: "dst" } };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key2 in data15) {
              if (!(key2 === "src" || key2 === "dst" || key2 === "ip" || key2 === "app" || key2 === "srcPosture" || key2 === "via")) {
                const err26 = { instancePath: instancePath + "/grants/" + i6, schemaPath: "#/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 } };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data15.src !== void 0) {
              let data16 = data15.src;
              if (Array.isArray(data16)) {
                const len7 = data16.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  if (typeof data16[i7] !== "string") {
                    const err27 = { instancePath: instancePath + "/grants/" + i6 + "/src/" + i7, schemaPath: "#/properties/grants/items/properties/src/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/grants/" + i6 + "/src", schemaPath: "#/properties/grants/items/properties/src/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data15.dst !== void 0) {
              let data18 = data15.dst;
              if (Array.isArray(data18)) {
                const len8 = data18.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data18[i8] !== "string") {
                    const err29 = { instancePath: instancePath + "/grants/" + i6 + "/dst/" + i8, schemaPath: "#/properties/grants/items/properties/dst/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/grants/" + i6 + "/dst", schemaPath: "#/properties/grants/items/properties/dst/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.ip !== void 0) {
              let data20 = data15.ip;
              if (Array.isArray(data20)) {
                const len9 = data20.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  if (typeof data20[i9] !== "string") {
                    const err31 = { instancePath: instancePath + "/grants/" + i6 + "/ip/" + i9, schemaPath: "#/properties/grants/items/properties/ip/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/grants/" + i6 + "/ip", schemaPath: "#/properties/grants/items/properties/ip/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data15.app !== void 0) {
              let data22 = data15.app;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                for (const key3 in data22) {
                  let data23 = data22[key3];
                  if (Array.isArray(data23)) {
                    const len10 = data23.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data24 = data23[i10];
                      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
                        const err33 = { instancePath: instancePath + "/grants/" + i6 + "/app/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/grants/items/properties/app/additionalProperties/items/type", keyword: "type", params: { type: "object" } };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/grants/" + i6 + "/app/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/grants/items/properties/app/additionalProperties/type", keyword: "type", params: { type: "array" } };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/grants/" + i6 + "/app", schemaPath: "#/properties/grants/items/properties/app/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data15.srcPosture !== void 0) {
              let data25 = data15.srcPosture;
              if (Array.isArray(data25)) {
                const len11 = data25.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  if (typeof data25[i11] !== "string") {
                    const err36 = { instancePath: instancePath + "/grants/" + i6 + "/srcPosture/" + i11, schemaPath: "#/properties/grants/items/properties/srcPosture/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/grants/" + i6 + "/srcPosture", schemaPath: "#/properties/grants/items/properties/srcPosture/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data15.via !== void 0) {
              let data27 = data15.via;
              if (!Array.isArray(data27) && data27 !== null) {
                const err38 = { instancePath: instancePath + "/grants/" + i6 + "/via", schemaPath: "#/properties/grants/items/properties/via/type", keyword: "type", params: { type: schema31.properties.grants.items.properties.via.type } };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (Array.isArray(data27)) {
                const len12 = data27.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  if (typeof data27[i12] !== "string") {
                    const err39 = { instancePath: instancePath + "/grants/" + i6 + "/via/" + i12, schemaPath: "#/properties/grants/items/properties/via/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/grants/" + i6, schemaPath: "#/properties/grants/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data29 = data.groups;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (let key4i = 0, key4s = ownKeys(data29); key4i < key4s.length; key4i++) {
          const key4 = key4s[key4i];
          const _errs73 = errors;
          if (typeof key4 === "string") {
            if (!pattern5.test(key4)) {
              const err42 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/propertyNames/pattern", keyword: "pattern", params: { pattern: "^group:.+$" }, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          var valid33 = _errs73 === errors;
          if (!valid33) {
            const err43 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/propertyNames", keyword: "propertyNames", params: { propertyName: key4 } };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        for (let key5i = 0, key5s = ownKeys(data29); key5i < key5s.length; key5i++) {
          const key5 = key5s[key5i];
          let data30 = data29[key5];
          if (Array.isArray(data30)) {
            const len13 = data30.length;
            for (let i13 = 0; i13 < len13; i13++) {
              if (typeof data30[i13] !== "string") {
                const err44 = { instancePath: instancePath + "/groups/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i13, schemaPath: "#/properties/groups/additionalProperties/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/groups/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.hosts !== void 0) {
      let data32 = data.hosts;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (let key6i = 0, key6s = ownKeys(data32); key6i < key6s.length; key6i++) {
          const key6 = key6s[key6i];
          if (typeof data32[key6] !== "string") {
            const err47 = { instancePath: instancePath + "/hosts/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/hosts/additionalProperties/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.tagOwners !== void 0) {
      let data34 = data.tagOwners;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (let key7i = 0, key7s = ownKeys(data34); key7i < key7s.length; key7i++) {
          const key7 = key7s[key7i];
          const _errs86 = errors;
          if (typeof key7 === "string") {
            if (!pattern6.test(key7)) {
              const err49 = { instancePath: instancePath + "/tagOwners", schemaPath: "#/properties/tagOwners/propertyNames/pattern", keyword: "pattern", params: { pattern: "^tag:[A-Za-z][A-Za-z0-9-]*$" }, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          var valid38 = _errs86 === errors;
          if (!valid38) {
            const err50 = { instancePath: instancePath + "/tagOwners", schemaPath: "#/properties/tagOwners/propertyNames", keyword: "propertyNames", params: { propertyName: key7 } };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        for (let key8i = 0, key8s = ownKeys(data34); key8i < key8s.length; key8i++) {
          const key8 = key8s[key8i];
          let data35 = data34[key8];
          if (Array.isArray(data35)) {
            const len14 = data35.length;
            for (let i14 = 0; i14 < len14; i14++) {
              if (typeof data35[i14] !== "string") {
                const err51 = { instancePath: instancePath + "/tagOwners/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i14, schemaPath: "#/properties/tagOwners/additionalProperties/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/tagOwners/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tagOwners/additionalProperties/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/tagOwners", schemaPath: "#/properties/tagOwners/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.autoApprovers !== void 0) {
      let data37 = data.autoApprovers;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (let key9i = 0, key9s = ownKeys(data37); key9i < key9s.length; key9i++) {
          const key9 = key9s[key9i];
          if (!(key9 === "routes" || key9 === "exitNode" || key9 === "services")) {
            const err54 = { instancePath: instancePath + "/autoApprovers", schemaPath: "#/properties/autoApprovers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 } };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data37.routes !== void 0) {
          let data38 = data37.routes;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (let key10i = 0, key10s = ownKeys(data38); key10i < key10s.length; key10i++) {
              const key10 = key10s[key10i];
              let data39 = data38[key10];
              if (Array.isArray(data39)) {
                const len15 = data39.length;
                for (let i15 = 0; i15 < len15; i15++) {
                  if (typeof data39[i15] !== "string") {
                    const err55 = { instancePath: instancePath + "/autoApprovers/routes/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i15, schemaPath: "#/properties/autoApprovers/properties/routes/additionalProperties/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/autoApprovers/routes/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autoApprovers/properties/routes/additionalProperties/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/autoApprovers/routes", schemaPath: "#/properties/autoApprovers/properties/routes/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data37.exitNode !== void 0) {
          let data41 = data37.exitNode;
          if (Array.isArray(data41)) {
            const len16 = data41.length;
            for (let i16 = 0; i16 < len16; i16++) {
              if (typeof data41[i16] !== "string") {
                const err58 = { instancePath: instancePath + "/autoApprovers/exitNode/" + i16, schemaPath: "#/properties/autoApprovers/properties/exitNode/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/autoApprovers/exitNode", schemaPath: "#/properties/autoApprovers/properties/exitNode/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data37.services !== void 0) {
          let data43 = data37.services;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (let key11i = 0, key11s = ownKeys(data43); key11i < key11s.length; key11i++) {
              const key11 = key11s[key11i];
              const _errs108 = errors;
              if (typeof key11 === "string") {
                if (!pattern7.test(key11)) {
                  const err60 = { instancePath: instancePath + "/autoApprovers/services", schemaPath: "#/properties/autoApprovers/properties/services/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(svc:(\\*|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)|tag:[A-Za-z][A-Za-z0-9-]*)$" }, propertyName: key11 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
              var valid48 = _errs108 === errors;
              if (!valid48) {
                const err61 = { instancePath: instancePath + "/autoApprovers/services", schemaPath: "#/properties/autoApprovers/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key11 } };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            for (let key12i = 0, key12s = ownKeys(data43); key12i < key12s.length; key12i++) {
              const key12 = key12s[key12i];
              let data44 = data43[key12];
              if (Array.isArray(data44)) {
                const len17 = data44.length;
                for (let i17 = 0; i17 < len17; i17++) {
                  if (typeof data44[i17] !== "string") {
                    const err62 = { instancePath: instancePath + "/autoApprovers/services/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i17, schemaPath: "#/properties/autoApprovers/properties/services/additionalProperties/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/autoApprovers/services/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/autoApprovers/properties/services/additionalProperties/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/autoApprovers/services", schemaPath: "#/properties/autoApprovers/properties/services/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/autoApprovers", schemaPath: "#/properties/autoApprovers/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.ssh !== void 0) {
      let data46 = data.ssh;
      if (Array.isArray(data46)) {
        const len18 = data46.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data47 = data46[i18];
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.action === void 0) {
              const err66 = { instancePath: instancePath + "/ssh/" + i18, schemaPath: "#/properties/ssh/items/required", keyword: "required", params: { missingProperty: "action" } };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data47.users === void 0) {
              const err67 = { instancePath: instancePath + "/ssh/" + i18, schemaPath: "#/properties/ssh/items/required", keyword: "required", params: { missingProperty: "users" } };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            for (const key13 in data47) {
              if (!func1.call(schema31.properties.ssh.items.properties, key13)) {
                const err68 = { instancePath: instancePath + "/ssh/" + i18, schemaPath: "#/properties/ssh/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 } };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data47.action !== void 0) {
              let data48 = data47.action;
              if (typeof data48 !== "string") {
                const err69 = { instancePath: instancePath + "/ssh/" + i18 + "/action", schemaPath: "#/properties/ssh/items/properties/action/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              const _errs121 = errors;
              let valid55 = false;
              const _errs122 = errors;
              if (!(data48 === "accept" || data48 === "check")) {
                const err70 = { instancePath: instancePath + "/ssh/" + i18 + "/action", schemaPath: "#/properties/ssh/items/properties/action/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema31.properties.ssh.items.properties.action.anyOf[0].enum } };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var _valid2 = _errs122 === errors;
              valid55 = valid55 || _valid2;
              if (!valid55) {
                const _errs123 = errors;
                if (typeof data48 === "string") {
                  if (!pattern8.test(data48)) {
                    const err71 = { instancePath: instancePath + "/ssh/" + i18 + "/action", schemaPath: "#/properties/ssh/items/properties/action/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(accept|check)\\s*$" } };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                var _valid2 = _errs123 === errors;
                valid55 = valid55 || _valid2;
              }
              if (!valid55) {
                const err72 = { instancePath: instancePath + "/ssh/" + i18 + "/action", schemaPath: "#/properties/ssh/items/properties/action/anyOf", keyword: "anyOf", params: {} };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              } else {
                errors = _errs121;
                if (vErrors !== null) {
                  if (_errs121) {
                    vErrors.length = _errs121;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data47.src !== void 0) {
              let data49 = data47.src;
              if (Array.isArray(data49)) {
                const len19 = data49.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  if (typeof data49[i19] !== "string") {
                    const err73 = { instancePath: instancePath + "/ssh/" + i18 + "/src/" + i19, schemaPath: "#/properties/ssh/items/properties/src/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/ssh/" + i18 + "/src", schemaPath: "#/properties/ssh/items/properties/src/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data47.dst !== void 0) {
              let data51 = data47.dst;
              if (Array.isArray(data51)) {
                const len20 = data51.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  if (typeof data51[i20] !== "string") {
                    const err75 = { instancePath: instancePath + "/ssh/" + i18 + "/dst/" + i20, schemaPath: "#/properties/ssh/items/properties/dst/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              } else {
                const err76 = { instancePath: instancePath + "/ssh/" + i18 + "/dst", schemaPath: "#/properties/ssh/items/properties/dst/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data47.users !== void 0) {
              let data53 = data47.users;
              if (Array.isArray(data53)) {
                if (data53.length < 1) {
                  const err77 = { instancePath: instancePath + "/ssh/" + i18 + "/users", schemaPath: "#/properties/ssh/items/properties/users/minItems", keyword: "minItems", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                const len21 = data53.length;
                for (let i21 = 0; i21 < len21; i21++) {
                  if (typeof data53[i21] !== "string") {
                    const err78 = { instancePath: instancePath + "/ssh/" + i18 + "/users/" + i21, schemaPath: "#/properties/ssh/items/properties/users/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/ssh/" + i18 + "/users", schemaPath: "#/properties/ssh/items/properties/users/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data47.checkPeriod !== void 0) {
              let data55 = data47.checkPeriod;
              if (typeof data55 !== "string" && data55 !== null) {
                const err80 = { instancePath: instancePath + "/ssh/" + i18 + "/checkPeriod", schemaPath: "#/properties/ssh/items/properties/checkPeriod/type", keyword: "type", params: { type: schema31.properties.ssh.items.properties.checkPeriod.type } };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data47.acceptEnv !== void 0) {
              let data56 = data47.acceptEnv;
              if (!Array.isArray(data56) && data56 !== null) {
                const err81 = { instancePath: instancePath + "/ssh/" + i18 + "/acceptEnv", schemaPath: "#/properties/ssh/items/properties/acceptEnv/type", keyword: "type", params: { type: schema31.properties.ssh.items.properties.acceptEnv.type } };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              if (Array.isArray(data56)) {
                const len22 = data56.length;
                for (let i22 = 0; i22 < len22; i22++) {
                  if (typeof data56[i22] !== "string") {
                    const err82 = { instancePath: instancePath + "/ssh/" + i18 + "/acceptEnv/" + i22, schemaPath: "#/properties/ssh/items/properties/acceptEnv/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data47.srcPosture !== void 0) {
              let data58 = data47.srcPosture;
              if (Array.isArray(data58)) {
                const len23 = data58.length;
                for (let i23 = 0; i23 < len23; i23++) {
                  if (typeof data58[i23] !== "string") {
                    const err83 = { instancePath: instancePath + "/ssh/" + i18 + "/srcPosture/" + i23, schemaPath: "#/properties/ssh/items/properties/srcPosture/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/ssh/" + i18 + "/srcPosture", schemaPath: "#/properties/ssh/items/properties/srcPosture/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data47.recorder !== void 0) {
              let data60 = data47.recorder;
              if (Array.isArray(data60)) {
                const len24 = data60.length;
                for (let i24 = 0; i24 < len24; i24++) {
                  if (typeof data60[i24] !== "string") {
                    const err85 = { instancePath: instancePath + "/ssh/" + i18 + "/recorder/" + i24, schemaPath: "#/properties/ssh/items/properties/recorder/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
              } else {
                const err86 = { instancePath: instancePath + "/ssh/" + i18 + "/recorder", schemaPath: "#/properties/ssh/items/properties/recorder/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data47.enforceRecorder !== void 0) {
              if (typeof data47.enforceRecorder !== "boolean") {
                const err87 = { instancePath: instancePath + "/ssh/" + i18 + "/enforceRecorder", schemaPath: "#/properties/ssh/items/properties/enforceRecorder/type", keyword: "type", params: { type: "boolean" } };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
          } else {
            const err88 = { instancePath: instancePath + "/ssh/" + i18, schemaPath: "#/properties/ssh/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/ssh", schemaPath: "#/properties/ssh/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.sshTests !== void 0) {
      let data63 = data.sshTests;
      if (Array.isArray(data63)) {
        const len25 = data63.length;
        for (let i25 = 0; i25 < len25; i25++) {
          let data64 = data63[i25];
          const _errs156 = errors;
          let valid70 = false;
          const _errs157 = errors;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.accept === void 0) {
              const err90 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/anyOf/0/required", keyword: "required", params: { missingProperty: "accept" } };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (data64.accept !== void 0) {
              let data65 = data64.accept;
              if (Array.isArray(data65)) {
                if (data65.length < 1) {
                  const err91 = { instancePath: instancePath + "/sshTests/" + i25 + "/accept", schemaPath: "#/properties/sshTests/items/anyOf/0/properties/accept/minItems", keyword: "minItems", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/sshTests/" + i25 + "/accept", schemaPath: "#/properties/sshTests/items/anyOf/0/properties/accept/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          }
          var _valid3 = _errs157 === errors;
          valid70 = valid70 || _valid3;
          if (!valid70) {
            const _errs160 = errors;
            if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
              if (data64.check === void 0) {
                const err93 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/anyOf/1/required", keyword: "required", params: { missingProperty: "check" } };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (data64.check !== void 0) {
                let data66 = data64.check;
                if (Array.isArray(data66)) {
                  if (data66.length < 1) {
                    const err94 = { instancePath: instancePath + "/sshTests/" + i25 + "/check", schemaPath: "#/properties/sshTests/items/anyOf/1/properties/check/minItems", keyword: "minItems", params: { limit: 1 } };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                } else {
                  const err95 = { instancePath: instancePath + "/sshTests/" + i25 + "/check", schemaPath: "#/properties/sshTests/items/anyOf/1/properties/check/type", keyword: "type", params: { type: "array" } };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            }
            var _valid3 = _errs160 === errors;
            valid70 = valid70 || _valid3;
            if (!valid70) {
              const _errs163 = errors;
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                if (data64.deny === void 0) {
                  const err96 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/anyOf/2/required", keyword: "required", params: { missingProperty: "deny" } };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data64.deny !== void 0) {
                  let data67 = data64.deny;
                  if (Array.isArray(data67)) {
                    if (data67.length < 1) {
                      const err97 = { instancePath: instancePath + "/sshTests/" + i25 + "/deny", schemaPath: "#/properties/sshTests/items/anyOf/2/properties/deny/minItems", keyword: "minItems", params: { limit: 1 } };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/sshTests/" + i25 + "/deny", schemaPath: "#/properties/sshTests/items/anyOf/2/properties/deny/type", keyword: "type", params: { type: "array" } };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              }
              var _valid3 = _errs163 === errors;
              valid70 = valid70 || _valid3;
            }
          }
          if (!valid70) {
            const err99 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          } else {
            errors = _errs156;
            if (vErrors !== null) {
              if (_errs156) {
                vErrors.length = _errs156;
              } else {
                vErrors = null;
              }
            }
          }
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.src === void 0) {
              const err100 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/required", keyword: "required", params: { missingProperty: "src" } };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data64.dst === void 0) {
              const err101 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/required", keyword: "required", params: { missingProperty: "dst" } };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            for (const key14 in data64) {
              if (!(key14 === "src" || key14 === "dst" || key14 === "accept" || key14 === "check" || key14 === "deny" || key14 === "srcPostureAttrs")) {
                const err102 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 } };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data64.src !== void 0) {
              if (typeof data64.src !== "string") {
                const err103 = { instancePath: instancePath + "/sshTests/" + i25 + "/src", schemaPath: "#/properties/sshTests/items/properties/src/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data64.dst !== void 0) {
              let data69 = data64.dst;
              if (Array.isArray(data69)) {
                const len26 = data69.length;
                for (let i26 = 0; i26 < len26; i26++) {
                  if (typeof data69[i26] !== "string") {
                    const err104 = { instancePath: instancePath + "/sshTests/" + i25 + "/dst/" + i26, schemaPath: "#/properties/sshTests/items/properties/dst/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              } else {
                const err105 = { instancePath: instancePath + "/sshTests/" + i25 + "/dst", schemaPath: "#/properties/sshTests/items/properties/dst/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data64.accept !== void 0) {
              let data71 = data64.accept;
              if (Array.isArray(data71)) {
                const len27 = data71.length;
                for (let i27 = 0; i27 < len27; i27++) {
                  if (typeof data71[i27] !== "string") {
                    const err106 = { instancePath: instancePath + "/sshTests/" + i25 + "/accept/" + i27, schemaPath: "#/properties/sshTests/items/properties/accept/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/sshTests/" + i25 + "/accept", schemaPath: "#/properties/sshTests/items/properties/accept/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data64.check !== void 0) {
              let data73 = data64.check;
              if (Array.isArray(data73)) {
                const len28 = data73.length;
                for (let i28 = 0; i28 < len28; i28++) {
                  if (typeof data73[i28] !== "string") {
                    const err108 = { instancePath: instancePath + "/sshTests/" + i25 + "/check/" + i28, schemaPath: "#/properties/sshTests/items/properties/check/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/sshTests/" + i25 + "/check", schemaPath: "#/properties/sshTests/items/properties/check/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data64.deny !== void 0) {
              let data75 = data64.deny;
              if (Array.isArray(data75)) {
                const len29 = data75.length;
                for (let i29 = 0; i29 < len29; i29++) {
                  if (typeof data75[i29] !== "string") {
                    const err110 = { instancePath: instancePath + "/sshTests/" + i25 + "/deny/" + i29, schemaPath: "#/properties/sshTests/items/properties/deny/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/sshTests/" + i25 + "/deny", schemaPath: "#/properties/sshTests/items/properties/deny/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data64.srcPostureAttrs !== void 0) {
              let data77 = data64.srcPostureAttrs;
              if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                for (const key15 in data77) {
                  let data78 = data77[key15];
                  if (typeof data78 !== "string" && !(typeof data78 == "number" && isFinite(data78)) && typeof data78 !== "boolean") {
                    const err112 = { instancePath: instancePath + "/sshTests/" + i25 + "/srcPostureAttrs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sshTests/items/properties/srcPostureAttrs/additionalProperties/type", keyword: "type", params: { type: schema31.properties.sshTests.items.properties.srcPostureAttrs.additionalProperties.type } };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
              } else {
                const err113 = { instancePath: instancePath + "/sshTests/" + i25 + "/srcPostureAttrs", schemaPath: "#/properties/sshTests/items/properties/srcPostureAttrs/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
          } else {
            const err114 = { instancePath: instancePath + "/sshTests/" + i25, schemaPath: "#/properties/sshTests/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/sshTests", schemaPath: "#/properties/sshTests/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.tests !== void 0) {
      let data79 = data.tests;
      if (Array.isArray(data79)) {
        const len30 = data79.length;
        for (let i30 = 0; i30 < len30; i30++) {
          let data80 = data79[i30];
          const _errs195 = errors;
          let valid87 = false;
          const _errs196 = errors;
          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
            if (data80.src === void 0) {
              const err116 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/0/anyOf/0/required", keyword: "required", params: { missingProperty: "src" } };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          }
          var _valid4 = _errs196 === errors;
          valid87 = valid87 || _valid4;
          if (!valid87) {
            const _errs197 = errors;
            if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
              if (data80.user === void 0) {
                const err117 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "user" } };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            var _valid4 = _errs197 === errors;
            valid87 = valid87 || _valid4;
          }
          if (!valid87) {
            const err118 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/0/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          } else {
            errors = _errs195;
            if (vErrors !== null) {
              if (_errs195) {
                vErrors.length = _errs195;
              } else {
                vErrors = null;
              }
            }
          }
          const _errs199 = errors;
          let valid88 = false;
          const _errs200 = errors;
          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
            if (data80.accept === void 0) {
              const err119 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "accept" } };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data80.accept !== void 0) {
              let data81 = data80.accept;
              if (Array.isArray(data81)) {
                if (data81.length < 1) {
                  const err120 = { instancePath: instancePath + "/tests/" + i30 + "/accept", schemaPath: "#/properties/tests/items/allOf/1/anyOf/0/properties/accept/minItems", keyword: "minItems", params: { limit: 1 } };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/tests/" + i30 + "/accept", schemaPath: "#/properties/tests/items/allOf/1/anyOf/0/properties/accept/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          }
          var _valid5 = _errs200 === errors;
          valid88 = valid88 || _valid5;
          if (!valid88) {
            const _errs203 = errors;
            if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
              if (data80.deny === void 0) {
                const err122 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "deny" } };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (data80.deny !== void 0) {
                let data82 = data80.deny;
                if (Array.isArray(data82)) {
                  if (data82.length < 1) {
                    const err123 = { instancePath: instancePath + "/tests/" + i30 + "/deny", schemaPath: "#/properties/tests/items/allOf/1/anyOf/1/properties/deny/minItems", keyword: "minItems", params: { limit: 1 } };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                } else {
                  const err124 = { instancePath: instancePath + "/tests/" + i30 + "/deny", schemaPath: "#/properties/tests/items/allOf/1/anyOf/1/properties/deny/type", keyword: "type", params: { type: "array" } };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              }
            }
            var _valid5 = _errs203 === errors;
            valid88 = valid88 || _valid5;
            if (!valid88) {
              const _errs206 = errors;
              if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                if (data80.allow === void 0) {
                  const err125 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/1/anyOf/2/required", keyword: "required", params: { missingProperty: "allow" } };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
                if (data80.allow !== void 0) {
                  let data83 = data80.allow;
                  if (Array.isArray(data83)) {
                    if (data83.length < 1) {
                      const err126 = { instancePath: instancePath + "/tests/" + i30 + "/allow", schemaPath: "#/properties/tests/items/allOf/1/anyOf/2/properties/allow/minItems", keyword: "minItems", params: { limit: 1 } };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  } else {
                    const err127 = { instancePath: instancePath + "/tests/" + i30 + "/allow", schemaPath: "#/properties/tests/items/allOf/1/anyOf/2/properties/allow/type", keyword: "type", params: { type: "array" } };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
              }
              var _valid5 = _errs206 === errors;
              valid88 = valid88 || _valid5;
            }
          }
          if (!valid88) {
            const err128 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/allOf/1/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          } else {
            errors = _errs199;
            if (vErrors !== null) {
              if (_errs199) {
                vErrors.length = _errs199;
              } else {
                vErrors = null;
              }
            }
          }
          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
            for (const key16 in data80) {
              if (!(key16 === "src" || key16 === "proto" || key16 === "srcPostureAttrs" || key16 === "accept" || key16 === "deny" || key16 === "user" || key16 === "allow")) {
                const err129 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 } };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data80.src !== void 0) {
              if (typeof data80.src !== "string") {
                const err130 = { instancePath: instancePath + "/tests/" + i30 + "/src", schemaPath: "#/properties/tests/items/properties/src/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data80.proto !== void 0) {
              if (typeof data80.proto !== "string") {
                const err131 = { instancePath: instancePath + "/tests/" + i30 + "/proto", schemaPath: "#/properties/tests/items/properties/proto/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data80.srcPostureAttrs !== void 0) {
              let data86 = data80.srcPostureAttrs;
              if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                for (const key17 in data86) {
                  let data87 = data86[key17];
                  if (typeof data87 !== "string" && !(typeof data87 == "number" && isFinite(data87)) && typeof data87 !== "boolean") {
                    const err132 = { instancePath: instancePath + "/tests/" + i30 + "/srcPostureAttrs/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/items/properties/srcPostureAttrs/additionalProperties/type", keyword: "type", params: { type: schema31.properties.tests.items.properties.srcPostureAttrs.additionalProperties.type } };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/tests/" + i30 + "/srcPostureAttrs", schemaPath: "#/properties/tests/items/properties/srcPostureAttrs/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data80.accept !== void 0) {
              let data88 = data80.accept;
              if (Array.isArray(data88)) {
                const len31 = data88.length;
                for (let i31 = 0; i31 < len31; i31++) {
                  if (typeof data88[i31] !== "string") {
                    const err134 = { instancePath: instancePath + "/tests/" + i30 + "/accept/" + i31, schemaPath: "#/properties/tests/items/properties/accept/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
              } else {
                const err135 = { instancePath: instancePath + "/tests/" + i30 + "/accept", schemaPath: "#/properties/tests/items/properties/accept/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data80.deny !== void 0) {
              let data90 = data80.deny;
              if (Array.isArray(data90)) {
                const len32 = data90.length;
                for (let i32 = 0; i32 < len32; i32++) {
                  if (typeof data90[i32] !== "string") {
                    const err136 = { instancePath: instancePath + "/tests/" + i30 + "/deny/" + i32, schemaPath: "#/properties/tests/items/properties/deny/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
              } else {
                const err137 = { instancePath: instancePath + "/tests/" + i30 + "/deny", schemaPath: "#/properties/tests/items/properties/deny/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data80.user !== void 0) {
              if (typeof data80.user !== "string") {
                const err138 = { instancePath: instancePath + "/tests/" + i30 + "/user", schemaPath: "#/properties/tests/items/properties/user/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data80.allow !== void 0) {
              let data93 = data80.allow;
              if (Array.isArray(data93)) {
                const len33 = data93.length;
                for (let i33 = 0; i33 < len33; i33++) {
                  if (typeof data93[i33] !== "string") {
                    const err139 = { instancePath: instancePath + "/tests/" + i30 + "/allow/" + i33, schemaPath: "#/properties/tests/items/properties/allow/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
              } else {
                const err140 = { instancePath: instancePath + "/tests/" + i30 + "/allow", schemaPath: "#/properties/tests/items/properties/allow/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/tests/" + i30, schemaPath: "#/properties/tests/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
      } else {
        const err142 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.nodeAttrs !== void 0) {
      let data95 = data.nodeAttrs;
      if (Array.isArray(data95)) {
        const len34 = data95.length;
        for (let i34 = 0; i34 < len34; i34++) {
          let data96 = data95[i34];
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            if (data96.target === void 0) {
              const err143 = { instancePath: instancePath + "/nodeAttrs/" + i34, schemaPath: "#/properties/nodeAttrs/items/required", keyword: "required", params: { missingProperty: "target" } };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            for (const key18 in data96) {
              if (!(key18 === "target" || key18 === "attr" || key18 === "app" || key18 === "ipPool")) {
                const err144 = { instancePath: instancePath + "/nodeAttrs/" + i34, schemaPath: "#/properties/nodeAttrs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 } };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data96.target !== void 0) {
              let data97 = data96.target;
              if (Array.isArray(data97)) {
                const len35 = data97.length;
                for (let i35 = 0; i35 < len35; i35++) {
                  if (typeof data97[i35] !== "string") {
                    const err145 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/target/" + i35, schemaPath: "#/properties/nodeAttrs/items/properties/target/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
              } else {
                const err146 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/target", schemaPath: "#/properties/nodeAttrs/items/properties/target/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data96.attr !== void 0) {
              let data99 = data96.attr;
              if (Array.isArray(data99)) {
                const len36 = data99.length;
                for (let i36 = 0; i36 < len36; i36++) {
                  if (typeof data99[i36] !== "string") {
                    const err147 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/attr/" + i36, schemaPath: "#/properties/nodeAttrs/items/properties/attr/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
              } else {
                const err148 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/attr", schemaPath: "#/properties/nodeAttrs/items/properties/attr/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data96.app !== void 0) {
              let data101 = data96.app;
              if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                for (const key19 in data101) {
                  let data102 = data101[key19];
                  if (Array.isArray(data102)) {
                    const len37 = data102.length;
                    for (let i37 = 0; i37 < len37; i37++) {
                      let data103 = data102[i37];
                      if (!(data103 && typeof data103 == "object" && !Array.isArray(data103))) {
                        const err149 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/app/" + key19.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i37, schemaPath: "#/properties/nodeAttrs/items/properties/app/additionalProperties/items/type", keyword: "type", params: { type: "object" } };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err150 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/app/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeAttrs/items/properties/app/additionalProperties/type", keyword: "type", params: { type: "array" } };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
              } else {
                const err151 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/app", schemaPath: "#/properties/nodeAttrs/items/properties/app/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data96.ipPool !== void 0) {
              let data104 = data96.ipPool;
              if (Array.isArray(data104)) {
                const len38 = data104.length;
                for (let i38 = 0; i38 < len38; i38++) {
                  if (typeof data104[i38] !== "string") {
                    const err152 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/ipPool/" + i38, schemaPath: "#/properties/nodeAttrs/items/properties/ipPool/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
              } else {
                const err153 = { instancePath: instancePath + "/nodeAttrs/" + i34 + "/ipPool", schemaPath: "#/properties/nodeAttrs/items/properties/ipPool/type", keyword: "type", params: { type: "array" } };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
          } else {
            const err154 = { instancePath: instancePath + "/nodeAttrs/" + i34, schemaPath: "#/properties/nodeAttrs/items/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/nodeAttrs", schemaPath: "#/properties/nodeAttrs/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.postures !== void 0) {
      let data106 = data.postures;
      if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
        for (let key20i = 0, key20s = ownKeys(data106); key20i < key20s.length; key20i++) {
          const key20 = key20s[key20i];
          const _errs259 = errors;
          if (typeof key20 === "string") {
            if (!pattern9.test(key20)) {
              const err156 = { instancePath: instancePath + "/postures", schemaPath: "#/properties/postures/propertyNames/pattern", keyword: "pattern", params: { pattern: "^posture:.+$" }, propertyName: key20 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
          }
          var valid112 = _errs259 === errors;
          if (!valid112) {
            const err157 = { instancePath: instancePath + "/postures", schemaPath: "#/properties/postures/propertyNames", keyword: "propertyNames", params: { propertyName: key20 } };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        for (let key21i = 0, key21s = ownKeys(data106); key21i < key21s.length; key21i++) {
          const key21 = key21s[key21i];
          let data107 = data106[key21];
          if (Array.isArray(data107)) {
            const len39 = data107.length;
            for (let i39 = 0; i39 < len39; i39++) {
              if (typeof data107[i39] !== "string") {
                const err158 = { instancePath: instancePath + "/postures/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i39, schemaPath: "#/properties/postures/additionalProperties/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
          } else {
            const err159 = { instancePath: instancePath + "/postures/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/postures/additionalProperties/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
      } else {
        const err160 = { instancePath: instancePath + "/postures", schemaPath: "#/properties/postures/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
    if (data.defaultSrcPosture !== void 0) {
      let data109 = data.defaultSrcPosture;
      if (Array.isArray(data109)) {
        const len40 = data109.length;
        for (let i40 = 0; i40 < len40; i40++) {
          if (typeof data109[i40] !== "string") {
            const err161 = { instancePath: instancePath + "/defaultSrcPosture/" + i40, schemaPath: "#/properties/defaultSrcPosture/items/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
      } else {
        const err162 = { instancePath: instancePath + "/defaultSrcPosture", schemaPath: "#/properties/defaultSrcPosture/type", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err162];
        } else {
          vErrors.push(err162);
        }
        errors++;
      }
    }
    if (data.ipsets !== void 0) {
      let data111 = data.ipsets;
      if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
        for (let key22i = 0, key22s = ownKeys(data111); key22i < key22s.length; key22i++) {
          const key22 = key22s[key22i];
          const _errs271 = errors;
          if (typeof key22 === "string") {
            if (!pattern10.test(key22)) {
              const err163 = { instancePath: instancePath + "/ipsets", schemaPath: "#/properties/ipsets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^ipset:.+$" }, propertyName: key22 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          }
          var valid118 = _errs271 === errors;
          if (!valid118) {
            const err164 = { instancePath: instancePath + "/ipsets", schemaPath: "#/properties/ipsets/propertyNames", keyword: "propertyNames", params: { propertyName: key22 } };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        for (let key23i = 0, key23s = ownKeys(data111); key23i < key23s.length; key23i++) {
          const key23 = key23s[key23i];
          let data112 = data111[key23];
          if (Array.isArray(data112)) {
            const len41 = data112.length;
            for (let i41 = 0; i41 < len41; i41++) {
              if (typeof data112[i41] !== "string") {
                const err165 = { instancePath: instancePath + "/ipsets/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i41, schemaPath: "#/properties/ipsets/additionalProperties/items/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
          } else {
            const err166 = { instancePath: instancePath + "/ipsets/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipsets/additionalProperties/type", keyword: "type", params: { type: "array" } };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
      } else {
        const err167 = { instancePath: instancePath + "/ipsets", schemaPath: "#/properties/ipsets/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err167];
        } else {
          vErrors.push(err167);
        }
        errors++;
      }
    }
    if (data.derpMap !== void 0) {
      let data114 = data.derpMap;
      if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
        for (let key24i = 0, key24s = ownKeys(data114); key24i < key24s.length; key24i++) {
          const key24 = key24s[key24i];
          if (!(key24 === "OmitDefaultRegions" || key24 === "Regions" || key24 === "HomeParams")) {
            const err168 = { instancePath: instancePath + "/derpMap", schemaPath: "#/properties/derpMap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 } };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data114.OmitDefaultRegions !== void 0) {
          if (typeof data114.OmitDefaultRegions !== "boolean") {
            const err169 = { instancePath: instancePath + "/derpMap/OmitDefaultRegions", schemaPath: "#/properties/derpMap/properties/OmitDefaultRegions/type", keyword: "type", params: { type: "boolean" } };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
        if (data114.Regions !== void 0) {
          let data116 = data114.Regions;
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            for (let key25i = 0, key25s = ownKeys(data116); key25i < key25s.length; key25i++) {
              const key25 = key25s[key25i];
              const _errs284 = errors;
              if (typeof key25 === "string") {
                if (!pattern11.test(key25)) {
                  const err170 = { instancePath: instancePath + "/derpMap/Regions", schemaPath: "#/properties/derpMap/properties/Regions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, propertyName: key25 };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              }
              var valid123 = _errs284 === errors;
              if (!valid123) {
                const err171 = { instancePath: instancePath + "/derpMap/Regions", schemaPath: "#/properties/derpMap/properties/Regions/propertyNames", keyword: "propertyNames", params: { propertyName: key25 } };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            for (let key26i = 0, key26s = ownKeys(data116); key26i < key26s.length; key26i++) {
              const key26 = key26s[key26i];
              let data117 = data116[key26];
              if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                if (data117.RegionID === void 0) {
                  const err172 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/required", keyword: "required", params: { missingProperty: "RegionID" } };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
                if (data117.Nodes === void 0) {
                  const err173 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/required", keyword: "required", params: { missingProperty: "Nodes" } };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
                for (const key27 in data117) {
                  if (!(key27 === "RegionID" || key27 === "RegionCode" || key27 === "RegionName" || key27 === "Latitude" || key27 === "Longitude" || key27 === "Avoid" || key27 === "NoMeasureNoHome" || key27 === "Nodes")) {
                    const err174 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 } };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                if (data117.RegionID !== void 0) {
                  let data118 = data117.RegionID;
                  if (!(typeof data118 == "number" && (!(data118 % 1) && !isNaN(data118)) && isFinite(data118))) {
                    const err175 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/RegionID", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/RegionID/type", keyword: "type", params: { type: "integer" } };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data117.RegionCode !== void 0) {
                  if (typeof data117.RegionCode !== "string") {
                    const err176 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/RegionCode", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/RegionCode/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
                if (data117.RegionName !== void 0) {
                  if (typeof data117.RegionName !== "string") {
                    const err177 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/RegionName", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/RegionName/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                }
                if (data117.Latitude !== void 0) {
                  let data121 = data117.Latitude;
                  if (!(typeof data121 == "number" && isFinite(data121))) {
                    const err178 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Latitude", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Latitude/type", keyword: "type", params: { type: "number" } };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data117.Longitude !== void 0) {
                  let data122 = data117.Longitude;
                  if (!(typeof data122 == "number" && isFinite(data122))) {
                    const err179 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Longitude", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Longitude/type", keyword: "type", params: { type: "number" } };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data117.Avoid !== void 0) {
                  if (typeof data117.Avoid !== "boolean") {
                    const err180 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Avoid", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Avoid/type", keyword: "type", params: { type: "boolean" } };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data117.NoMeasureNoHome !== void 0) {
                  if (typeof data117.NoMeasureNoHome !== "boolean") {
                    const err181 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/NoMeasureNoHome", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/NoMeasureNoHome/type", keyword: "type", params: { type: "boolean" } };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
                if (data117.Nodes !== void 0) {
                  let data125 = data117.Nodes;
                  if (Array.isArray(data125)) {
                    const len42 = data125.length;
                    for (let i42 = 0; i42 < len42; i42++) {
                      let data126 = data125[i42];
                      if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                        if (data126.Name === void 0) {
                          const err182 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42, schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/required", keyword: "required", params: { missingProperty: "Name" } };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                        }
                        if (data126.RegionID === void 0) {
                          const err183 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42, schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/required", keyword: "required", params: { missingProperty: "RegionID" } };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                        }
                        if (data126.HostName === void 0) {
                          const err184 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42, schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/required", keyword: "required", params: { missingProperty: "HostName" } };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                        for (const key28 in data126) {
                          if (!func1.call(schema31.properties.derpMap.properties.Regions.additionalProperties.properties.Nodes.items.properties, key28)) {
                            const err185 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42, schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 } };
                            if (vErrors === null) {
                              vErrors = [err185];
                            } else {
                              vErrors.push(err185);
                            }
                            errors++;
                          }
                        }
                        if (data126.Name !== void 0) {
                          if (typeof data126.Name !== "string") {
                            const err186 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/Name", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/Name/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err186];
                            } else {
                              vErrors.push(err186);
                            }
                            errors++;
                          }
                        }
                        if (data126.RegionID !== void 0) {
                          let data128 = data126.RegionID;
                          if (!(typeof data128 == "number" && (!(data128 % 1) && !isNaN(data128)) && isFinite(data128))) {
                            const err187 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/RegionID", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/RegionID/type", keyword: "type", params: { type: "integer" } };
                            if (vErrors === null) {
                              vErrors = [err187];
                            } else {
                              vErrors.push(err187);
                            }
                            errors++;
                          }
                        }
                        if (data126.HostName !== void 0) {
                          if (typeof data126.HostName !== "string") {
                            const err188 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/HostName", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/HostName/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err188];
                            } else {
                              vErrors.push(err188);
                            }
                            errors++;
                          }
                        }
                        if (data126.CertName !== void 0) {
                          if (typeof data126.CertName !== "string") {
                            const err189 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/CertName", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/CertName/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err189];
                            } else {
                              vErrors.push(err189);
                            }
                            errors++;
                          }
                        }
                        if (data126.IPv4 !== void 0) {
                          if (typeof data126.IPv4 !== "string") {
                            const err190 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/IPv4", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/IPv4/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err190];
                            } else {
                              vErrors.push(err190);
                            }
                            errors++;
                          }
                        }
                        if (data126.IPv6 !== void 0) {
                          if (typeof data126.IPv6 !== "string") {
                            const err191 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/IPv6", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/IPv6/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err191];
                            } else {
                              vErrors.push(err191);
                            }
                            errors++;
                          }
                        }
                        if (data126.STUNPort !== void 0) {
                          let data133 = data126.STUNPort;
                          if (!(typeof data133 == "number" && (!(data133 % 1) && !isNaN(data133)) && isFinite(data133))) {
                            const err192 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/STUNPort", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/STUNPort/type", keyword: "type", params: { type: "integer" } };
                            if (vErrors === null) {
                              vErrors = [err192];
                            } else {
                              vErrors.push(err192);
                            }
                            errors++;
                          }
                        }
                        if (data126.STUNOnly !== void 0) {
                          if (typeof data126.STUNOnly !== "boolean") {
                            const err193 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/STUNOnly", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/STUNOnly/type", keyword: "type", params: { type: "boolean" } };
                            if (vErrors === null) {
                              vErrors = [err193];
                            } else {
                              vErrors.push(err193);
                            }
                            errors++;
                          }
                        }
                        if (data126.DERPPort !== void 0) {
                          let data135 = data126.DERPPort;
                          if (!(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)) && isFinite(data135))) {
                            const err194 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/DERPPort", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/DERPPort/type", keyword: "type", params: { type: "integer" } };
                            if (vErrors === null) {
                              vErrors = [err194];
                            } else {
                              vErrors.push(err194);
                            }
                            errors++;
                          }
                        }
                        if (data126.InsecureForTests !== void 0) {
                          if (typeof data126.InsecureForTests !== "boolean") {
                            const err195 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/InsecureForTests", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/InsecureForTests/type", keyword: "type", params: { type: "boolean" } };
                            if (vErrors === null) {
                              vErrors = [err195];
                            } else {
                              vErrors.push(err195);
                            }
                            errors++;
                          }
                        }
                        if (data126.STUNTestIP !== void 0) {
                          if (typeof data126.STUNTestIP !== "string") {
                            const err196 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/STUNTestIP", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/STUNTestIP/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err196];
                            } else {
                              vErrors.push(err196);
                            }
                            errors++;
                          }
                        }
                        if (data126.CanPort80 !== void 0) {
                          if (typeof data126.CanPort80 !== "boolean") {
                            const err197 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42 + "/CanPort80", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/CanPort80/type", keyword: "type", params: { type: "boolean" } };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err198 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes/" + i42, schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/type", keyword: "type", params: { type: "object" } };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err199 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/Nodes", schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/type", keyword: "type", params: { type: "array" } };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                }
              } else {
                const err200 = { instancePath: instancePath + "/derpMap/Regions/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/derpMap/properties/Regions/additionalProperties/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
          } else {
            const err201 = { instancePath: instancePath + "/derpMap/Regions", schemaPath: "#/properties/derpMap/properties/Regions/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
        }
        if (data114.HomeParams !== void 0) {
          let data139 = data114.HomeParams;
          if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
            for (let key29i = 0, key29s = ownKeys(data139); key29i < key29s.length; key29i++) {
              const key29 = key29s[key29i];
              if (!(key29 === "RegionScore")) {
                const err202 = { instancePath: instancePath + "/derpMap/HomeParams", schemaPath: "#/properties/derpMap/properties/HomeParams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 } };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data139.RegionScore !== void 0) {
              let data140 = data139.RegionScore;
              if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                for (let key30i = 0, key30s = ownKeys(data140); key30i < key30s.length; key30i++) {
                  const key30 = key30s[key30i];
                  let data141 = data140[key30];
                  if (!(typeof data141 == "number" && isFinite(data141))) {
                    const err203 = { instancePath: instancePath + "/derpMap/HomeParams/RegionScore/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/derpMap/properties/HomeParams/properties/RegionScore/additionalProperties/type", keyword: "type", params: { type: "number" } };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
              } else {
                const err204 = { instancePath: instancePath + "/derpMap/HomeParams/RegionScore", schemaPath: "#/properties/derpMap/properties/HomeParams/properties/RegionScore/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
          } else {
            const err205 = { instancePath: instancePath + "/derpMap/HomeParams", schemaPath: "#/properties/derpMap/properties/HomeParams/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          }
        }
      } else {
        const err206 = { instancePath: instancePath + "/derpMap", schemaPath: "#/properties/derpMap/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err206];
        } else {
          vErrors.push(err206);
        }
        errors++;
      }
    }
    if (data.disableIPv4 !== void 0) {
      if (typeof data.disableIPv4 !== "boolean") {
        const err207 = { instancePath: instancePath + "/disableIPv4", schemaPath: "#/properties/disableIPv4/type", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err207];
        } else {
          vErrors.push(err207);
        }
        errors++;
      }
    }
    if (data.OneCGNATRoute !== void 0) {
      let data143 = data.OneCGNATRoute;
      if (typeof data143 !== "string") {
        const err208 = { instancePath: instancePath + "/OneCGNATRoute", schemaPath: "#/properties/OneCGNATRoute/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err208];
        } else {
          vErrors.push(err208);
        }
        errors++;
      }
      if (!(data143 === "" || data143 === "mac-always" || data143 === "mac-never")) {
        const err209 = { instancePath: instancePath + "/OneCGNATRoute", schemaPath: "#/properties/OneCGNATRoute/enum", keyword: "enum", params: { allowedValues: schema31.properties.OneCGNATRoute.enum } };
        if (vErrors === null) {
          vErrors = [err209];
        } else {
          vErrors.push(err209);
        }
        errors++;
      }
    }
    if (data.oneCGNATRoute !== void 0) {
      let data144 = data.oneCGNATRoute;
      if (typeof data144 !== "string") {
        const err210 = { instancePath: instancePath + "/oneCGNATRoute", schemaPath: "#/properties/oneCGNATRoute/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err210];
        } else {
          vErrors.push(err210);
        }
        errors++;
      }
      if (!(data144 === "" || data144 === "mac-always" || data144 === "mac-never")) {
        const err211 = { instancePath: instancePath + "/oneCGNATRoute", schemaPath: "#/properties/oneCGNATRoute/enum", keyword: "enum", params: { allowedValues: schema31.properties.oneCGNATRoute.enum } };
        if (vErrors === null) {
          vErrors = [err211];
        } else {
          vErrors.push(err211);
        }
        errors++;
      }
    }
    if (data.randomizeClientPort !== void 0) {
      if (typeof data.randomizeClientPort !== "boolean") {
        const err212 = { instancePath: instancePath + "/randomizeClientPort", schemaPath: "#/properties/randomizeClientPort/type", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
    }
    if (data.attrConfig !== void 0) {
      let data146 = data.attrConfig;
      if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
        for (let key31i = 0, key31s = ownKeys(data146); key31i < key31s.length; key31i++) {
          const key31 = key31s[key31i];
          let data147 = data146[key31];
          if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
            for (const key32 in data147) {
              if (!(key32 === "type" || key32 === "allowSetByNode" || key32 === "broadcastToPeers")) {
                const err213 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/attrConfig/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 } };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
            if (data147.type !== void 0) {
              let data148 = data147.type;
              if (typeof data148 !== "string") {
                const err214 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/attrConfig/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" } };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
              if (!(data148 === "string" || data148 === "bool" || data148 === "number")) {
                const err215 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/attrConfig/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.attrConfig.additionalProperties.properties.type.enum } };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
            }
            if (data147.allowSetByNode !== void 0) {
              if (typeof data147.allowSetByNode !== "boolean") {
                const err216 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowSetByNode", schemaPath: "#/properties/attrConfig/additionalProperties/properties/allowSetByNode/type", keyword: "type", params: { type: "boolean" } };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data147.broadcastToPeers !== void 0) {
              let data150 = data147.broadcastToPeers;
              if (typeof data150 !== "boolean" && !Array.isArray(data150)) {
                const err217 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/broadcastToPeers", schemaPath: "#/properties/attrConfig/additionalProperties/properties/broadcastToPeers/type", keyword: "type", params: { type: schema31.properties.attrConfig.additionalProperties.properties.broadcastToPeers.type } };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
              if (Array.isArray(data150)) {
                const len43 = data150.length;
                for (let i43 = 0; i43 < len43; i43++) {
                  if (typeof data150[i43] !== "string") {
                    const err218 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1") + "/broadcastToPeers/" + i43, schemaPath: "#/properties/attrConfig/additionalProperties/properties/broadcastToPeers/items/type", keyword: "type", params: { type: "string" } };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err219 = { instancePath: instancePath + "/attrConfig/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/attrConfig/additionalProperties/type", keyword: "type", params: { type: "object" } };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/attrConfig", schemaPath: "#/properties/attrConfig/type", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
  } else {
    const err221 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err221];
    } else {
      vErrors.push(err221);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var validatePolicy = validate20;
var schemaInfo = {
  "objects": {
    "#": {
      "title": "policy",
      "keys": [
        "acls",
        "grants",
        "groups",
        "hosts",
        "tagOwners",
        "autoApprovers",
        "ssh",
        "sshTests",
        "tests",
        "nodeAttrs",
        "postures",
        "defaultSrcPosture",
        "ipsets",
        "derpMap",
        "disableIPv4",
        "OneCGNATRoute",
        "oneCGNATRoute",
        "randomizeClientPort",
        "attrConfig"
      ]
    },
    "#/properties/acls/items": {
      "title": "ACL rule",
      "keys": [
        "action",
        "src",
        "dst",
        "proto",
        "srcPosture"
      ]
    },
    "#/properties/grants/items": {
      "title": "grant",
      "keys": [
        "src",
        "dst",
        "ip",
        "app",
        "srcPosture",
        "via"
      ]
    },
    "#/properties/autoApprovers": {
      "title": "autoApprovers",
      "keys": [
        "routes",
        "exitNode",
        "services"
      ]
    },
    "#/properties/ssh/items": {
      "title": "SSH rule",
      "keys": [
        "action",
        "src",
        "dst",
        "users",
        "checkPeriod",
        "acceptEnv",
        "srcPosture",
        "recorder",
        "enforceRecorder"
      ]
    },
    "#/properties/sshTests/items": {
      "title": "SSH test",
      "keys": [
        "src",
        "dst",
        "accept",
        "check",
        "deny",
        "srcPostureAttrs"
      ]
    },
    "#/properties/tests/items": {
      "title": "test",
      "keys": [
        "src",
        "proto",
        "srcPostureAttrs",
        "accept",
        "deny"
      ]
    },
    "#/properties/nodeAttrs/items": {
      "title": "nodeAttrs entry",
      "keys": [
        "target",
        "attr",
        "app",
        "ipPool"
      ]
    },
    "#/properties/derpMap": {
      "title": "derpMap",
      "keys": [
        "OmitDefaultRegions",
        "Regions",
        "HomeParams"
      ]
    },
    "#/properties/derpMap/properties/Regions/additionalProperties": {
      "title": "DERP region",
      "keys": [
        "RegionID",
        "RegionCode",
        "RegionName",
        "Latitude",
        "Longitude",
        "Avoid",
        "NoMeasureNoHome",
        "Nodes"
      ]
    },
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items": {
      "title": "DERP node",
      "keys": [
        "Name",
        "RegionID",
        "HostName",
        "CertName",
        "IPv4",
        "IPv6",
        "STUNPort",
        "STUNOnly",
        "DERPPort",
        "InsecureForTests",
        "STUNTestIP",
        "CanPort80"
      ]
    },
    "#/properties/derpMap/properties/HomeParams": {
      "title": "DERP home parameters",
      "keys": [
        "RegionScore"
      ]
    },
    "#/properties/attrConfig/additionalProperties": {
      "title": "attrConfig entry",
      "keys": [
        "type",
        "allowSetByNode",
        "broadcastToPeers"
      ]
    }
  },
  "expected": {
    "#": "an object",
    "#/properties/acls": "an array of objects",
    "#/properties/acls/items": "an object",
    "#/properties/acls/items/properties/action": "a string",
    "#/properties/acls/items/properties/src": "an array of strings",
    "#/properties/acls/items/properties/src/items": "a string",
    "#/properties/acls/items/properties/dst": "an array of strings",
    "#/properties/acls/items/properties/dst/items": "a string",
    "#/properties/acls/items/properties/proto": "a string",
    "#/properties/acls/items/properties/srcPosture": "an array of strings",
    "#/properties/acls/items/properties/srcPosture/items": "a string",
    "#/properties/acls/items/properties/users": "an array of strings",
    "#/properties/acls/items/properties/users/items": "a string",
    "#/properties/acls/items/properties/ports": "an array of strings",
    "#/properties/acls/items/properties/ports/items": "a string",
    "#/properties/grants": "an array of objects",
    "#/properties/grants/items": "an object",
    "#/properties/grants/items/properties/src": "an array of strings",
    "#/properties/grants/items/properties/src/items": "a string",
    "#/properties/grants/items/properties/dst": "an array of strings",
    "#/properties/grants/items/properties/dst/items": "a string",
    "#/properties/grants/items/properties/ip": "an array of strings",
    "#/properties/grants/items/properties/ip/items": "a string",
    "#/properties/grants/items/properties/app": "an object",
    "#/properties/grants/items/properties/app/additionalProperties": "an array of objects",
    "#/properties/grants/items/properties/app/additionalProperties/items": "an object",
    "#/properties/grants/items/properties/srcPosture": "an array of strings",
    "#/properties/grants/items/properties/srcPosture/items": "a string",
    "#/properties/grants/items/properties/via": "an array of strings or null",
    "#/properties/grants/items/properties/via/items": "a string",
    "#/properties/groups": "an object",
    "#/properties/groups/additionalProperties": "an array of strings",
    "#/properties/groups/additionalProperties/items": "a string",
    "#/properties/hosts": "an object",
    "#/properties/hosts/additionalProperties": "a string",
    "#/properties/tagOwners": "an object",
    "#/properties/tagOwners/additionalProperties": "an array of strings",
    "#/properties/tagOwners/additionalProperties/items": "a string",
    "#/properties/autoApprovers": "an object",
    "#/properties/autoApprovers/properties/routes": "an object",
    "#/properties/autoApprovers/properties/routes/additionalProperties": "an array of strings",
    "#/properties/autoApprovers/properties/routes/additionalProperties/items": "a string",
    "#/properties/autoApprovers/properties/exitNode": "an array of strings",
    "#/properties/autoApprovers/properties/exitNode/items": "a string",
    "#/properties/autoApprovers/properties/services": "an object",
    "#/properties/autoApprovers/properties/services/additionalProperties": "an array of strings",
    "#/properties/autoApprovers/properties/services/additionalProperties/items": "a string",
    "#/properties/ssh": "an array of objects",
    "#/properties/ssh/items": "an object",
    "#/properties/ssh/items/properties/action": "a string",
    "#/properties/ssh/items/properties/src": "an array of strings",
    "#/properties/ssh/items/properties/src/items": "a string",
    "#/properties/ssh/items/properties/dst": "an array of strings",
    "#/properties/ssh/items/properties/dst/items": "a string",
    "#/properties/ssh/items/properties/users": "an array of strings",
    "#/properties/ssh/items/properties/users/items": "a string",
    "#/properties/ssh/items/properties/checkPeriod": "a string or null",
    "#/properties/ssh/items/properties/acceptEnv": "an array of strings or null",
    "#/properties/ssh/items/properties/acceptEnv/items": "a string",
    "#/properties/ssh/items/properties/srcPosture": "an array of strings",
    "#/properties/ssh/items/properties/srcPosture/items": "a string",
    "#/properties/ssh/items/properties/recorder": "an array of strings",
    "#/properties/ssh/items/properties/recorder/items": "a string",
    "#/properties/ssh/items/properties/enforceRecorder": "true or false",
    "#/properties/sshTests": "an array of objects",
    "#/properties/sshTests/items": "an object",
    "#/properties/sshTests/items/properties/src": "a string",
    "#/properties/sshTests/items/properties/dst": "an array of strings",
    "#/properties/sshTests/items/properties/dst/items": "a string",
    "#/properties/sshTests/items/properties/accept": "an array of strings",
    "#/properties/sshTests/items/properties/accept/items": "a string",
    "#/properties/sshTests/items/properties/check": "an array of strings",
    "#/properties/sshTests/items/properties/check/items": "a string",
    "#/properties/sshTests/items/properties/deny": "an array of strings",
    "#/properties/sshTests/items/properties/deny/items": "a string",
    "#/properties/sshTests/items/properties/srcPostureAttrs": "an object",
    "#/properties/sshTests/items/properties/srcPostureAttrs/additionalProperties": "a string, a number or true or false",
    "#/properties/sshTests/items/anyOf/0/properties/accept": "an array",
    "#/properties/sshTests/items/anyOf/1/properties/check": "an array",
    "#/properties/sshTests/items/anyOf/2/properties/deny": "an array",
    "#/properties/tests": "an array of objects",
    "#/properties/tests/items": "an object",
    "#/properties/tests/items/properties/src": "a string",
    "#/properties/tests/items/properties/proto": "a string",
    "#/properties/tests/items/properties/srcPostureAttrs": "an object",
    "#/properties/tests/items/properties/srcPostureAttrs/additionalProperties": "a string, a number or true or false",
    "#/properties/tests/items/properties/accept": "an array of strings",
    "#/properties/tests/items/properties/accept/items": "a string",
    "#/properties/tests/items/properties/deny": "an array of strings",
    "#/properties/tests/items/properties/deny/items": "a string",
    "#/properties/tests/items/properties/user": "a string",
    "#/properties/tests/items/properties/allow": "an array of strings",
    "#/properties/tests/items/properties/allow/items": "a string",
    "#/properties/tests/items/allOf/1/anyOf/0/properties/accept": "an array",
    "#/properties/tests/items/allOf/1/anyOf/1/properties/deny": "an array",
    "#/properties/tests/items/allOf/1/anyOf/2/properties/allow": "an array",
    "#/properties/nodeAttrs": "an array of objects",
    "#/properties/nodeAttrs/items": "an object",
    "#/properties/nodeAttrs/items/properties/target": "an array of strings",
    "#/properties/nodeAttrs/items/properties/target/items": "a string",
    "#/properties/nodeAttrs/items/properties/attr": "an array of strings",
    "#/properties/nodeAttrs/items/properties/attr/items": "a string",
    "#/properties/nodeAttrs/items/properties/app": "an object",
    "#/properties/nodeAttrs/items/properties/app/additionalProperties": "an array of objects",
    "#/properties/nodeAttrs/items/properties/app/additionalProperties/items": "an object",
    "#/properties/nodeAttrs/items/properties/ipPool": "an array of strings",
    "#/properties/nodeAttrs/items/properties/ipPool/items": "a string",
    "#/properties/postures": "an object",
    "#/properties/postures/additionalProperties": "an array of strings",
    "#/properties/postures/additionalProperties/items": "a string",
    "#/properties/defaultSrcPosture": "an array of strings",
    "#/properties/defaultSrcPosture/items": "a string",
    "#/properties/ipsets": "an object",
    "#/properties/ipsets/additionalProperties": "an array of strings",
    "#/properties/ipsets/additionalProperties/items": "a string",
    "#/properties/derpMap": "an object",
    "#/properties/derpMap/properties/OmitDefaultRegions": "true or false",
    "#/properties/derpMap/properties/Regions": "an object",
    "#/properties/derpMap/properties/Regions/additionalProperties": "an object",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/RegionID": "a whole number",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/RegionCode": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/RegionName": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Latitude": "a number",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Longitude": "a number",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Avoid": "true or false",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/NoMeasureNoHome": "true or false",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes": "an array of objects",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items": "an object",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/Name": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/RegionID": "a whole number",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/HostName": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/CertName": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/IPv4": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/IPv6": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/STUNPort": "a whole number",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/STUNOnly": "true or false",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/DERPPort": "a whole number",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/InsecureForTests": "true or false",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/STUNTestIP": "a string",
    "#/properties/derpMap/properties/Regions/additionalProperties/properties/Nodes/items/properties/CanPort80": "true or false",
    "#/properties/derpMap/properties/HomeParams": "an object",
    "#/properties/derpMap/properties/HomeParams/properties/RegionScore": "an object",
    "#/properties/derpMap/properties/HomeParams/properties/RegionScore/additionalProperties": "a number",
    "#/properties/disableIPv4": "true or false",
    "#/properties/OneCGNATRoute": "a string",
    "#/properties/oneCGNATRoute": "a string",
    "#/properties/randomizeClientPort": "true or false",
    "#/properties/attrConfig": "an object",
    "#/properties/attrConfig/additionalProperties": "an object",
    "#/properties/attrConfig/additionalProperties/properties/type": "a string",
    "#/properties/attrConfig/additionalProperties/properties/allowSetByNode": "true or false",
    "#/properties/attrConfig/additionalProperties/properties/broadcastToPeers": "true or false or an array of strings",
    "#/properties/attrConfig/additionalProperties/properties/broadcastToPeers/items": "a string"
  },
  "patternMessages": {
    "#/properties/groups/propertyNames": 'Group names start with "group:", as in "group:eng"',
    "#/properties/tagOwners/propertyNames": 'Tag names are "tag:" followed by an ASCII letter, then letters, digits or dashes',
    "#/properties/autoApprovers/properties/services/propertyNames": 'Service approver keys are "svc:<name>" (a DNS label), "svc:*" or a service tag "tag:<name>"',
    "#/properties/ssh/items/properties/action/anyOf/1": 'The action is "accept" or "check"',
    "#/properties/postures/propertyNames": 'Posture names start with "posture:", as in "posture:latestMac"',
    "#/properties/ipsets/propertyNames": 'IP set names start with "ipset:", as in "ipset:office"',
    "#/properties/derpMap/properties/Regions/propertyNames": 'DERP region keys are region IDs written as decimal strings, such as "900"'
  },
  "anyOfMessages": {
    "#/properties/sshTests/items": 'This SSH test needs a non-empty "accept", "check" or "deny"',
    "#/properties/tests/items/allOf/1": 'This test needs a non-empty "accept" or "deny" (or both)'
  },
  "keyTree": {
    "names": [
      "acls",
      "grants",
      "groups",
      "hosts",
      "tagOwners",
      "autoApprovers",
      "ssh",
      "sshTests",
      "tests",
      "nodeAttrs",
      "postures",
      "defaultSrcPosture",
      "ipsets",
      "derpMap",
      "disableIPv4",
      "OneCGNATRoute",
      "oneCGNATRoute",
      "randomizeClientPort",
      "attrConfig"
    ],
    "props": {
      "acls": {
        "items": {
          "names": [
            "action",
            "src",
            "dst",
            "proto",
            "srcPosture",
            "users",
            "ports"
          ],
          "deprecated": [
            "users",
            "ports"
          ]
        }
      },
      "grants": {
        "items": {
          "names": [
            "src",
            "dst",
            "ip",
            "app",
            "srcPosture",
            "via"
          ]
        }
      },
      "autoApprovers": {
        "names": [
          "routes",
          "exitNode",
          "services"
        ]
      },
      "ssh": {
        "items": {
          "names": [
            "action",
            "src",
            "dst",
            "users",
            "checkPeriod",
            "acceptEnv",
            "srcPosture",
            "recorder",
            "enforceRecorder"
          ]
        }
      },
      "sshTests": {
        "items": {
          "names": [
            "src",
            "dst",
            "accept",
            "check",
            "deny",
            "srcPostureAttrs"
          ]
        }
      },
      "tests": {
        "items": {
          "names": [
            "src",
            "proto",
            "srcPostureAttrs",
            "accept",
            "deny",
            "user",
            "allow"
          ],
          "deprecated": [
            "user",
            "allow"
          ]
        }
      },
      "nodeAttrs": {
        "items": {
          "names": [
            "target",
            "attr",
            "app",
            "ipPool"
          ]
        }
      },
      "derpMap": {
        "names": [
          "OmitDefaultRegions",
          "Regions",
          "HomeParams"
        ],
        "props": {
          "Regions": {
            "values": {
              "names": [
                "RegionID",
                "RegionCode",
                "RegionName",
                "Latitude",
                "Longitude",
                "Avoid",
                "NoMeasureNoHome",
                "Nodes"
              ],
              "props": {
                "Nodes": {
                  "items": {
                    "names": [
                      "Name",
                      "RegionID",
                      "HostName",
                      "CertName",
                      "IPv4",
                      "IPv6",
                      "STUNPort",
                      "STUNOnly",
                      "DERPPort",
                      "InsecureForTests",
                      "STUNTestIP",
                      "CanPort80"
                    ]
                  }
                }
              }
            }
          },
          "HomeParams": {
            "names": [
              "RegionScore"
            ]
          }
        }
      },
      "attrConfig": {
        "values": {
          "names": [
            "type",
            "allowSetByNode",
            "broadcastToPeers"
          ]
        }
      }
    }
  }
};

// src/schema/validate-schema.ts
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(node) {
  let index = indexes.get(node);
  if (!index) {
    const lower = /* @__PURE__ */ new Map();
    for (const name of node.names) if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), name);
    index = { exact: new Set(node.names), lower };
    indexes.set(node, index);
  }
  return index;
}
function canonicalKey(node, key2) {
  if (!node.names) return void 0;
  const index = indexOf(node);
  return index.exact.has(key2) ? key2 : index.lower.get(key2.toLowerCase());
}
var mismatchCache = /* @__PURE__ */ new WeakMap();
var validCache = /* @__PURE__ */ new WeakMap();
function validates(root) {
  let valid = validCache.get(root);
  if (valid === void 0) validCache.set(root, valid = validatePolicy(root));
  return valid;
}
function keyCaseMismatches(root) {
  if (typeof root !== "object" || root === null) return [];
  let found = mismatchCache.get(root);
  if (!found) mismatchCache.set(root, found = validates(root) ? [] : findKeyCaseMismatches(root));
  return found;
}
function findKeyCaseMismatches(root) {
  const found = [];
  const path = [];
  const visit3 = (value, node) => {
    if (Array.isArray(value)) {
      const items2 = node.items;
      if (!items2) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit3(value[index], items2);
        path.pop();
      }
      return;
    }
    if (!isObject(value)) return;
    let seen;
    for (const key2 in value) {
      const canonical2 = canonicalKey(node, key2);
      if (canonical2 !== void 0 && canonical2 !== key2) {
        const conflict = Object.hasOwn(value, canonical2) || (seen?.has(canonical2) ?? false);
        (seen ??= /* @__PURE__ */ new Set()).add(canonical2);
        found.push({ path: [...path, key2], key: key2, canonical: canonical2, conflict, legacy: node.deprecated?.includes(canonical2) ?? false });
      }
      const child = canonical2 !== void 0 ? node.props?.[canonical2] : node.values;
      if (child) {
        path.push(key2);
        visit3(value[key2], child);
        path.pop();
      }
    }
  };
  visit3(root, schemaInfo.keyTree);
  return found;
}
function normaliseKeys(value, node = schemaInfo.keyTree) {
  if (Array.isArray(value)) {
    const items2 = node.items;
    if (!items2) return value;
    let copy2;
    for (let i = 0; i < value.length; i++) {
      const element = value[i];
      const normalised = normaliseKeys(element, items2);
      if (normalised !== element && !copy2) copy2 = value.slice(0, i);
      copy2?.push(normalised);
    }
    return copy2 ?? value;
  }
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  let copy;
  for (let i = 0; i < keys.length; i++) {
    const key2 = keys[i];
    const canonical2 = canonicalKey(node, key2);
    let name = key2;
    let drop = false;
    if (canonical2 !== void 0 && canonical2 !== key2) {
      if (Object.hasOwn(value, canonical2) || copy !== void 0 && Object.hasOwn(copy, canonical2)) drop = true;
      else name = canonical2;
    }
    const child = canonical2 !== void 0 ? node.props?.[canonical2] : node.values;
    const member = value[key2];
    const normalised = child ? normaliseKeys(member, child) : member;
    if (!copy && (drop || name !== key2 || normalised !== member)) {
      copy = /* @__PURE__ */ Object.create(null);
      for (let j = 0; j < i; j++) copy[keys[j]] = value[keys[j]];
    }
    if (copy && !drop) copy[name] = normalised;
  }
  return copy ?? value;
}
function checkSchema(root) {
  if (typeof root === "object" && root !== null && validates(root)) return [];
  const value = keyCaseMismatches(root).length === 0 ? root : normaliseKeys(root);
  if (validatePolicy(value)) return [];
  return describeErrors(root, validatePolicy.errors ?? []);
}
var decodePointer = (segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~");
function resolvePointer(root, pointer) {
  const path = [];
  let current = root;
  if (pointer === "") return { path, value: current };
  for (const raw of pointer.slice(1).split("/")) {
    const segment = decodePointer(raw);
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else if (isObject(current)) {
      const member = findMember(current, segment);
      path.push(member?.key ?? segment);
      current = member?.value;
    } else {
      path.push(segment);
      current = void 0;
    }
  }
  return { path, value: current };
}
var locationOf = (schemaPath) => schemaPath.slice(0, schemaPath.lastIndexOf("/"));
function objectAt(location) {
  for (let at2 = location; at2.length > 0; at2 = locationOf(at2)) {
    const object = schemaInfo.objects[at2];
    if (object) return { location: at2, ...object };
    if (at2 === "#") break;
  }
  return void 0;
}
function nounFor(location) {
  const object = objectAt(location);
  if (!object || object.location === "#") return "the policy";
  return /^[a-z]+$/.test(object.title) || /\s/.test(object.title) ? `this ${object.title}` : `"${object.title}"`;
}
function subjectFor(path) {
  const last = path[path.length - 1];
  if (last === void 0) return "The policy";
  if (typeof last === "string") return `"${last}"`;
  for (let i = path.length - 2; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === "string") return `Each entry of "${segment}"`;
  }
  return "Each entry";
}
var quote = (value) => JSON.stringify(value);
function orList(words) {
  return words.length < 2 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function andList(words) {
  return words.length < 2 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
var lowerFirst = (text) => /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
var depthOf = (pointer) => pointer === "" ? 0 : pointer.split("/").length - 1;
var within = (pointer, ancestor) => pointer === ancestor || pointer.startsWith(`${ancestor}/`);
function condense(errors) {
  let remaining = [...errors];
  const umbrellas = remaining.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const umbrella of umbrellas) {
    if (!remaining.includes(umbrella)) continue;
    const prefix = `${umbrella.schemaPath}/`;
    const branchErrors = remaining.filter((e) => e !== umbrella && e.schemaPath.startsWith(prefix) && within(e.instancePath, umbrella.instancePath));
    if (branchErrors.length === 0) continue;
    const drop = new Set(branchErrors);
    const replacement = [];
    if (schemaInfo.anyOfMessages[locationOf(umbrella.schemaPath)] !== void 0) {
      replacement.push(umbrella);
    } else if (branchErrors.every((e) => e.keyword === "required" && e.instancePath === umbrella.instancePath)) {
      replacement.push(branchErrors[0]);
    } else {
      const branches = /* @__PURE__ */ new Map();
      for (const error of branchErrors) {
        const branch = error.schemaPath.slice(prefix.length).split("/")[0];
        branches.set(branch, [...branches.get(branch) ?? [], error]);
      }
      const score = (list2) => [
        Math.max(...list2.map((e) => depthOf(e.instancePath))),
        list2.some((e) => e.keyword === "enum" || e.keyword === "const") ? 1 : 0,
        -list2.length
      ];
      let best;
      for (const list2 of branches.values()) {
        if (!best) best = list2;
        else {
          const [a, b] = [score(list2), score(best)];
          const i = a.findIndex((x, k) => x !== b[k]);
          if (i >= 0 && a[i] > b[i]) best = list2;
        }
      }
      replacement.push(...best);
    }
    drop.add(umbrella);
    remaining = remaining.filter((e) => !drop.has(e));
    remaining.push(...replacement);
  }
  const namedKeys = new Set(remaining.filter((e) => e.propertyName !== void 0 && e.keyword !== "propertyNames").map((e) => `${e.instancePath}\0${e.propertyName}`));
  return remaining.filter((e) => !(e.keyword === "propertyNames" && namedKeys.has(`${e.instancePath}\0${String(e.params.propertyName)}`)));
}
var VALUE_PRIORITY = { const: 0, enum: 0, type: 1 };
function describeErrors(root, errors) {
  const problems = [];
  const missing = /* @__PURE__ */ new Map();
  const valueErrors = /* @__PURE__ */ new Map();
  const seenKeys = /* @__PURE__ */ new Set();
  for (const error of condense(errors)) {
    const { instancePath } = error;
    if (error.keyword === "required") {
      const entry = missing.get(instancePath) ?? { error, keys: [] };
      const key2 = String(error.params.missingProperty);
      if (!entry.keys.includes(key2)) entry.keys.push(key2);
      missing.set(instancePath, entry);
      continue;
    }
    const location = locationOf(error.schemaPath);
    if (error.keyword === "additionalProperties" || error.propertyName !== void 0 || error.keyword === "propertyNames") {
      const key2 = String(error.params.additionalProperty ?? error.propertyName ?? error.params.propertyName);
      const id = `${instancePath}\0${key2}`;
      if (seenKeys.has(id)) continue;
      seenKeys.add(id);
      const { path } = resolvePointer(root, instancePath);
      let message;
      if (error.keyword === "additionalProperties") {
        message = `Unknown key "${key2}" in ${nounFor(location)}${didYouMean(key2, objectAt(location)?.keys ?? [])}`;
      } else {
        const rule = schemaInfo.patternMessages[location];
        message = rule ? `Invalid name "${key2}"; ${lowerFirst(rule)}` : `Invalid name "${key2}" here`;
      }
      problems.push({ path: [...path, key2], on: "key", message });
      continue;
    }
    if (error.keyword === "anyOf" && schemaInfo.anyOfMessages[location] !== void 0) {
      problems.push({ path: resolvePointer(root, instancePath).path, on: "value", message: schemaInfo.anyOfMessages[location] });
      continue;
    }
    const previous = valueErrors.get(instancePath);
    if (!previous || (VALUE_PRIORITY[error.keyword] ?? 2) < (VALUE_PRIORITY[previous.keyword] ?? 2)) valueErrors.set(instancePath, error);
  }
  for (const [instancePath, { error, keys }] of missing) {
    const list2 = andList(keys.map(quote));
    const message = `Missing required key${keys.length > 1 ? "s" : ""} ${list2} in ${nounFor(locationOf(error.schemaPath))}`;
    problems.push({ path: resolvePointer(root, instancePath).path, on: "value", message });
  }
  for (const [instancePath, error] of valueErrors) {
    const { path, value } = resolvePointer(root, instancePath);
    problems.push({ path, on: "value", message: valueMessage(error, path, value) });
  }
  return problems;
}
function valueMessage(error, path, value) {
  const subject = subjectFor(path);
  const location = locationOf(error.schemaPath);
  switch (error.keyword) {
    case "type":
      return `${subject} must be ${schemaInfo.expected[location] ?? String(error.params.type)}`;
    case "const":
    case "enum": {
      const allowed = error.keyword === "const" ? [error.params.allowedValue] : error.params.allowedValues ?? [];
      const strings4 = allowed.filter((a) => typeof a === "string" && a !== "");
      const hint = typeof value === "string" && value !== "" && strings4.length > 1 ? didYouMeanValue(value, strings4) : "";
      const actual = value === void 0 ? "" : `, not ${quote(value)}`;
      return `${subject} must be ${orList(allowed.map(quote))}${actual}${hint}`;
    }
    case "minItems":
    case "minProperties": {
      const limit = Number(error.params.limit);
      return limit === 1 ? `${subject} must not be empty` : `${subject} must have at least ${limit} entries`;
    }
    case "pattern": {
      const rule = schemaInfo.patternMessages[location];
      return rule ? `${subject} is not valid; ${lowerFirst(rule)}` : `${subject} must match the pattern ${quote(error.params.pattern)}`;
    }
    default:
      return `${subject} ${error.message ?? `does not match the schema (${error.keyword})`}`;
  }
}
function didYouMeanValue(value, allowed) {
  const trimmed = value.trim();
  if (trimmed !== value && allowed.includes(trimmed)) return `; did you mean ${quote(trimmed)}?`;
  return didYouMean(value, allowed);
}

// rules/schema.ts
var schema_default = defineRule({
  id: "schema",
  description: "The policy file must have the shape Tailscale expects: known keys, required fields and the right value types",
  severity: "error",
  fixable: false,
  check({ root, report }) {
    for (const problem of checkSchema(root)) report({ path: problem.path, on: problem.on, message: problem.message });
  }
});

// rules/canonical-key-case.ts
var canonical_key_case_default = defineRule({
  id: "canonical-key-case",
  description: 'Policy keys should be written in their documented case ("acls", not "ACLs")',
  severity: "warn",
  fixable: true,
  check({ root, report }) {
    for (const { path, key: key2, canonical: canonical2, conflict, legacy } of keyCaseMismatches(root)) {
      if (legacy) continue;
      if (conflict) {
        report({
          path,
          on: "key",
          message: `"${key2}" is the same key as "${canonical2}" to Tailscale (keys match without regard to case); merge them into one "${canonical2}"`
        });
        continue;
      }
      report({
        path,
        on: "key",
        message: `"${key2}" should be written "${canonical2}"`,
        fix: { description: `Rename "${key2}" to "${canonical2}"`, ops: [{ op: "rename-key", path, newKey: canonical2 }] }
      });
    }
  }
});

// src/policy/ipsets.ts
var WHITESPACE = /\s/;
function parseIpsetEntry(text) {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "the entry is empty" };
  const space = trimmed.search(WHITESPACE);
  if (space < 0) {
    if (trimmed === "add" || trimmed === "remove") return { ok: false, problem: `"${trimmed}" has no target after it` };
    return { ok: true, value: { op: void 0, target: trimmed } };
  }
  const op = space === 3 && trimmed.startsWith("add") ? "add" : space === 6 && trimmed.startsWith("remove") ? "remove" : void 0;
  if (op === void 0) {
    return { ok: false, problem: `${JSON.stringify(trimmed.slice(0, space))} is not an operation; write "add <target>" or "remove <target>"` };
  }
  const target = trimmed.slice(space + 1).trimStart();
  if (WHITESPACE.test(target)) return { ok: false, problem: "an entry takes one target; write one entry per target" };
  return { ok: true, value: { op, target } };
}
var IP = Object.freeze({ kind: "ip" });
var CIDR = Object.freeze({ kind: "cidr" });
var RANGE = Object.freeze({ kind: "range" });
var INTERNET = Object.freeze({ kind: "internet" });
function classifyIpsetTarget(target) {
  if (isAddress(target)) return IP;
  if (parsePrefix(target)) return CIDR;
  if (target === "autogroup:internet") return INTERNET;
  if (target.startsWith("host:")) {
    const name = target.slice(5);
    return name === "" ? { kind: "invalid", problem: 'the host alias after "host:" is empty' } : { kind: "host", name };
  }
  if (target.startsWith("ipset:")) {
    return target.length === 6 ? { kind: "invalid", problem: 'the name after "ipset:" is empty' } : { kind: "ipset", name: target };
  }
  const dash = target.indexOf("-");
  if (dash > 0 && /^[0-9a-fA-F:.]+-[0-9a-fA-F:.]+$/.test(target)) {
    const problem = ipRangeProblem(target);
    return problem === void 0 ? RANGE : { kind: "invalid", problem: `in the range, ${problem}` };
  }
  if (target.includes("/") && /^[0-9a-fA-F:.]+\/\S*$/.test(target)) return { kind: "invalid", problem: "it is not a valid CIDR" };
  const prefix = /^(tag|group|autogroup|svc|posture):/.exec(target)?.[1];
  const what = {
    tag: "tags",
    group: "groups",
    autogroup: 'autogroups other than "autogroup:internet"',
    svc: "Services",
    posture: "postures"
  };
  if (prefix) return { kind: "invalid", problem: `IP sets cannot contain ${what[prefix]}`, wrongKind: true };
  if (target === "*") return { kind: "invalid", problem: 'IP sets cannot contain "*"', wrongKind: true };
  if (target.includes("@")) return { kind: "invalid", problem: "IP sets cannot contain users", wrongKind: true };
  return { kind: "invalid", problem: `${JSON.stringify(target)} is neither an address, a CIDR nor a range`, wrongKind: true };
}

// src/policy/near-miss.ts
var MAX_DELETES = 2;
function deletions(word) {
  const out = /* @__PURE__ */ new Set([word]);
  let frontier = [word];
  for (let round = 0; round < MAX_DELETES; round++) {
    const next = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
var NearMissIndex = class {
  candidates;
  index;
  answers = /* @__PURE__ */ new Map();
  constructor(candidates) {
    this.candidates = [...candidates];
  }
  /** The same answer as `closest(name, candidates)`. */
  closest(name) {
    if (this.answers.has(name)) return this.answers.get(name);
    const index = this.index ??= this.build();
    const ids = /* @__PURE__ */ new Set();
    for (const variant of deletions(name.toLowerCase())) for (const id of index.get(variant) ?? []) ids.add(id);
    const answer = closest(name, [...ids].sort((a, b) => a - b).map((id) => this.candidates[id]));
    this.answers.set(name, answer);
    return answer;
  }
  build() {
    const index = /* @__PURE__ */ new Map();
    this.candidates.forEach((candidate, id) => {
      for (const variant of deletions(candidate.toLowerCase())) {
        const ids = index.get(variant);
        if (ids) ids.push(id);
        else index.set(variant, [id]);
      }
    });
    return index;
  }
};

// src/policy/references.ts
var ReferenceList = class {
  constructor(store, only) {
    this.store = store;
    this.only = only;
    this.kinds = only === void 0 ? [] : void 0;
  }
  store;
  only;
  positions = [];
  names = [];
  /** Each reference's kind, in a list of every kind; a list of one kind has none. */
  kinds;
  /** Each reference's index among the keys of the definitions last asked about (see `targets`). */
  resolved;
  get length() {
    return this.positions.length;
  }
  /**
   * The index of each reference's definition in `defined.keys()`, or -1 when it has none: one
   * lookup per reference, shared by the rules that ask (undefined names, unused definitions).
   */
  targets(defined) {
    if (this.resolved?.defined !== defined) {
      const indexes2 = new Int32Array(this.names.length);
      for (let i = 0; i < indexes2.length; i++) indexes2[i] = defined.indexOf(this.names[i]);
      this.resolved = { defined, indexes: indexes2 };
    }
    return this.resolved.indexes;
  }
  name(i) {
    return this.names[i];
  }
  kind(i) {
    return this.only ?? this.kinds[i];
  }
  site(i) {
    return this.store.site(this.positions[i]);
  }
  at(i) {
    const position = this.positions[i];
    const site = this.store.site(position);
    return {
      kind: this.kind(i),
      name: this.names[i],
      text: this.store.texts[position],
      path: this.store.path(position),
      site,
      owner: this.store.owner(position),
      isKey: site === "autoApprovers.service"
    };
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
};
var SELECTOR = 0;
var SSH_DESTINATION = 1;
var IPSET_ENTRY = 2;
var POSTURE = 3;
var LITERAL = 4;
var MODE_OF = {
  "ssh.dst": SSH_DESTINATION,
  "sshTests.dst": SSH_DESTINATION,
  "ipsets.entry": IPSET_ENTRY,
  srcPosture: POSTURE,
  defaultSrcPosture: POSTURE,
  "ssh.users": LITERAL,
  "sshTests.user": LITERAL
};
var MODES = (() => {
  const modes = [];
  for (const [site, number] of Object.entries(SITE_NUMBER)) modes[number] = MODE_OF[site] ?? SELECTOR;
  return modes;
})();
var KINDS = ["tag", "group", "host", "ipset", "posture", "service"];
var KIND_NUMBER = Object.fromEntries(KINDS.map((kind, i) => [kind, i]));
var NOT_A_REFERENCE = -1;
var REFERENCE_OF_CODE = new Int8Array(256).fill(NOT_A_REFERENCE);
for (const kind of KINDS) REFERENCE_OF_CODE[SELECTOR_KIND_CODE[kind]] = KIND_NUMBER[kind];
var foundKind = 0;
function referenceName(store, i) {
  const text = store.texts[i];
  switch (MODES[store.siteNumber(i)]) {
    case LITERAL:
      return void 0;
    case IPSET_ENTRY: {
      const entry = parseIpsetEntry(text);
      if (!entry.ok) return void 0;
      const target = classifyIpsetTarget(entry.value.target);
      if (target.kind !== "host" && target.kind !== "ipset") return void 0;
      foundKind = KIND_NUMBER[target.kind];
      return target.name;
    }
    case POSTURE:
      foundKind = KIND_NUMBER.posture;
      return store.selector(i);
    case SSH_DESTINATION: {
      let selector = text.trim();
      const colon = portSuffixColon(selector);
      if (colon >= 0) {
        const named = selector.slice(0, colon);
        if (selectorKind(named.trim()) !== "host") selector = named;
      }
      const kind = REFERENCE_OF_CODE[SELECTOR_KIND_CODE[selectorKind(selector)]];
      if (kind === NOT_A_REFERENCE) return void 0;
      foundKind = kind;
      return selector;
    }
    default: {
      const kind = REFERENCE_OF_CODE[store.kindCode(i)];
      if (kind === NOT_A_REFERENCE) return void 0;
      foundKind = kind;
      return store.selector(i);
    }
  }
}
var byKindCache = /* @__PURE__ */ new WeakMap();
function classify(store, add) {
  for (let i = 0; i < store.length; i++) {
    const name = referenceName(store, i);
    if (name !== void 0) add(i, name, foundKind);
  }
}
function push(list2, position, name, kind) {
  list2.positions.push(position);
  list2.names.push(name);
  list2.kinds?.push(kind);
}
function referencesOfKind(model, kind) {
  let byKind = byKindCache.get(model);
  if (!byKind) {
    const store = model.strings();
    const lists2 = byKind = KINDS.map((k) => new ReferenceList(store, k));
    classify(store, (position, name, found) => push(lists2[found], position, name, KINDS[found]));
    byKindCache.set(model, byKind);
  }
  return byKind[KIND_NUMBER[kind]];
}
function replaceReference(reference, name) {
  const at2 = reference.text.lastIndexOf(reference.name);
  const text = reference.text.slice(0, at2) + name + reference.text.slice(at2 + reference.name.length);
  return reference.isKey ? { op: "rename-key", path: reference.path, newKey: text } : { op: "replace-value", path: reference.path, value: text };
}
function nearMiss(reference, candidates) {
  const match = candidates.closest(reference.name);
  if (match === void 0) return { hint: "", suggestions: [] };
  return {
    hint: `; did you mean ${JSON.stringify(match)}?`,
    suggestions: [{ description: `Replace ${JSON.stringify(reference.name)} with ${JSON.stringify(match)}`, ops: [replaceReference(reference, match)] }]
  };
}
function undefinedReferences(model, kind, defined, checked, candidate) {
  const out = [];
  let candidates;
  const references = referencesOfKind(model, kind);
  const targets = references.targets(defined);
  for (let i = 0; i < references.length; i++) {
    const name = references.name(i);
    if (targets[i] >= 0 || !checked(references.site(i), name)) continue;
    const reference = references.at(i);
    candidates ??= new NearMissIndex([...defined.keys()].filter(candidate));
    out.push({ reference, ...nearMiss(reference, candidates) });
  }
  return out;
}

// rules/no-undefined-groups.ts
var no_undefined_groups_default = defineRule({
  id: "no-undefined-groups",
  description: 'Every group a policy uses must be defined in "groups"',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const checked = (site, name) => site !== "groups.member" && !name.includes("@");
    for (const { reference, hint, suggestions } of undefinedReferences(model, "group", model.groups, checked, (name) => name.startsWith("group:"))) {
      report({
        path: reference.path,
        message: `Group ${JSON.stringify(reference.name)} is not defined in "groups"; add it there or fix the name${hint}`,
        ...suggestions.length > 0 ? { suggestions } : {}
      });
    }
  }
});

// rules/no-undefined-hosts.ts
var HOST_SITES = /* @__PURE__ */ new Set([
  "acl.src",
  "acl.dst",
  "grant.src",
  "grant.dst",
  "nodeAttrs.target",
  "tests.src",
  "tests.dst",
  "sshTests.src",
  "sshTests.dst",
  "ipsets.entry"
]);
var DNS_NAME = /^(?=[^]*[A-Za-z])[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+\.?$/;
var no_undefined_hosts_default = defineRule({
  id: "no-undefined-hosts",
  description: 'Every host alias a policy uses must be defined in "hosts"; DNS names are not resolved',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const usable = (name) => name !== "" && !/[@:]/.test(name);
    for (const { reference, hint, suggestions } of undefinedReferences(model, "host", model.hosts, (site) => HOST_SITES.has(site), usable)) {
      const name = JSON.stringify(reference.name);
      const message = DNS_NAME.test(reference.name) ? `${name} looks like a DNS name, which policies never resolve (Tailscale may accept it, and the rule then matches nothing); add it to "hosts" with its IP address or write the address${hint}` : `${name} is neither an IP address, a CIDR nor a host defined in "hosts"; add it to "hosts" or fix the name${hint}`;
      report({ path: reference.path, message, ...suggestions.length > 0 ? { suggestions } : {} });
    }
  }
});

// rules/no-undefined-ipsets.ts
var no_undefined_ipsets_default = defineRule({
  id: "no-undefined-ipsets",
  description: 'Every IP set a policy uses must be defined in "ipsets"',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const { reference, hint, suggestions } of undefinedReferences(model, "ipset", model.ipsets, () => true, (name) => name.startsWith("ipset:"))) {
      report({
        path: reference.path,
        message: `IP set ${JSON.stringify(reference.name)} is not defined in "ipsets"; add it there or fix the name${hint}`,
        ...suggestions.length > 0 ? { suggestions } : {}
      });
    }
  }
});

// rules/no-undefined-postures.ts
var no_undefined_postures_default = defineRule({
  id: "no-undefined-postures",
  description: 'Every posture in "srcPosture" and "defaultSrcPosture" must be defined in "postures"',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const checked = (site) => site === "srcPosture" || site === "defaultSrcPosture";
    for (const near of undefinedReferences(model, "posture", model.postures, checked, (key2) => key2.startsWith("posture:"))) {
      const { reference } = near;
      const name = JSON.stringify(reference.name);
      const prefixed = reference.name.startsWith("posture:");
      const full = `posture:${reference.name}`;
      const { hint, suggestions } = !prefixed && model.postures.has(full) ? { hint: `; did you mean ${JSON.stringify(full)}?`, suggestions: [{ description: `Replace ${name} with ${JSON.stringify(full)}`, ops: [replaceReference(reference, full)] }] } : near;
      const message = prefixed ? `Posture ${name} is not defined in "postures"; add it there or fix the name${hint}` : `${name} is not a posture name; list postures defined in "postures" by their "posture:<name>" key${hint}`;
      report({ path: reference.path, message, ...suggestions.length > 0 ? { suggestions } : {} });
    }
  }
});

// src/policy/names.ts
function tagNameProblem(tag) {
  if (!tag.startsWith("tag:")) return 'it does not start with "tag:"';
  const name = tag.slice(4);
  if (name === "") return 'the name after "tag:" is empty';
  if (!/^[A-Za-z]/.test(name)) return 'the name after "tag:" must start with an ASCII letter';
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) return "tag names may contain only ASCII letters, digits and dashes";
  return void 0;
}
function isDnsLabel(label) {
  return label.length <= 63 && /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label);
}
function serviceNameProblem(service, wildcard = false) {
  if (!service.startsWith("svc:")) return 'it does not start with "svc:"';
  const name = service.slice(4);
  if (name === "*") return wildcard ? void 0 : '"svc:*" (every Service) is only valid as an "autoApprovers.services" key';
  if (name === "") return 'nothing follows "svc:"';
  if (name.length > 63) return `its name has ${name.length} characters, and a DNS label has at most 63`;
  if (!isDnsLabel(name)) return "its name must be a DNS label (letters, digits and dashes, starting and ending with a letter or digit)";
  return void 0;
}

// rules/no-undefined-tags.ts
var NOT_TAG_SITES = /* @__PURE__ */ new Set(["groups.member"]);
var no_undefined_tags_default = defineRule({
  id: "no-undefined-tags",
  description: 'Every tag a policy uses must be defined in "tagOwners"',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const owners = model.section("tagOwners");
    const checked = (site) => !NOT_TAG_SITES.has(site);
    for (const { reference, hint, suggestions } of undefinedReferences(model, "tag", model.tags, checked, (name) => tagNameProblem(name) === void 0)) {
      const name = JSON.stringify(reference.name);
      const define = [];
      if (tagNameProblem(reference.name) === void 0 && (!owners || isObject(owners.value))) {
        define.push({
          description: `Define ${name} in "tagOwners" with no owners (only admins can apply it)`,
          ops: [
            owners ? { op: "insert-property", path: [owners.key], key: reference.name, value: [] } : { op: "insert-property", path: [], key: "tagOwners", value: { [reference.name]: [] } }
          ]
        });
      }
      const owned = reference.site === "tagOwners.owner" ? ` (an owner of ${JSON.stringify(reference.owner.at(-1))})` : "";
      report({
        path: reference.path,
        ...reference.isKey ? { on: "key" } : {},
        message: `Tag ${name}${owned} is not defined in "tagOwners"; add it there or fix the name${hint}`,
        ...suggestions.length + define.length > 0 ? { suggestions: [...suggestions, ...define] } : {}
      });
    }
  }
});

// rules/no-unused-definitions.ts
var KINDS2 = [
  { kind: "group", noun: "Group", use: "use it in a rule or remove it", usable: (name) => name.startsWith("group:") },
  { kind: "host", noun: "Host", use: "use it in a rule or remove it", usable: (name) => name.trim() !== "" && !/[@:]/.test(name) },
  {
    kind: "posture",
    noun: "Posture",
    use: 'list it in a "srcPosture" or "defaultSrcPosture", or remove it',
    usable: (name) => name.startsWith("posture:")
  },
  { kind: "ipset", noun: "IP set", use: "use it in a rule or remove it", usable: (name) => name.startsWith("ipset:") }
];
var no_unused_definitions_default = defineRule({
  id: "no-unused-definitions",
  description: "Groups, hosts, postures and IP sets should be used somewhere in the policy",
  severity: "warn",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const definitions = {
      group: model.groups,
      host: model.hosts,
      posture: model.postures,
      ipset: model.ipsets
    };
    for (const { kind, noun, use, usable } of KINDS2) {
      const table2 = definitions[kind];
      const keys = table2.keys();
      if (keys.length === 0) continue;
      const references = referencesOfKind(model, kind);
      const targets = references.targets(table2);
      const used = new Uint8Array(keys.length);
      for (let i = 0; i < targets.length; i++) if (targets[i] >= 0) used[targets[i]] = 1;
      let names;
      for (let k = 0; k < keys.length; k++) {
        const key2 = keys[k];
        if (used[k] || !usable(key2)) continue;
        const trimmed = key2.trim();
        if (trimmed !== key2 && (names ??= new Set(references.names)).has(trimmed)) continue;
        const definition = table2.get(key2);
        const name = JSON.stringify(key2);
        report({
          path: definition.path,
          on: "key",
          message: `${noun} ${name} is defined but never used; ${use}`,
          suggestions: [{ description: `Remove ${name}`, ops: [{ op: "remove", path: definition.path }] }]
        });
      }
    }
  }
});

// rules/valid-groups.ts
var valid_groups_default = defineRule({
  id: "valid-groups",
  description: "Groups may not contain other groups",
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    const groups = modelOf(policy).groups;
    for (const name of groups.keys()) {
      const value = groups.valueOf(name);
      if (!Array.isArray(value)) continue;
      for (let index = 0; index < value.length; index++) {
        const member = value[index];
        if (typeof member !== "string" || classifySelector(member).kind !== "group") continue;
        const outer = JSON.stringify(name);
        const inner = JSON.stringify(member.trim());
        report({
          path: [groups.section, name, index],
          message: member.trim() === name ? `Group ${outer} contains itself; groups cannot contain groups, so remove this member` : `Group ${outer} contains the group ${inner}; groups cannot contain groups, so list the users of ${inner} here instead`
        });
      }
    }
  }
});

// rules/valid-hosts.ts
var valid_hosts_default = defineRule({
  id: "valid-hosts",
  description: 'Host aliases must be an IP address or CIDR, under a name without "@" or ":"',
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    const hosts = modelOf(policy).hosts;
    for (const host of hosts.keys()) {
      const value = hosts.valueOf(host);
      const problem = nameProblem(host);
      if (problem !== void 0) report({ path: [hosts.section, host], on: "key", message: problem });
      if (typeof value === "string" && !isAddressOrPrefix(value)) {
        report({
          path: [hosts.section, host],
          message: `Host ${JSON.stringify(host)} is ${JSON.stringify(value)}, which is not an IP address or CIDR; write an address such as "100.64.0.1" or a CIDR such as "10.0.0.0/24"`
        });
      }
    }
  }
});
function nameProblem(host) {
  if (host.trim() === "") return 'A host alias has an empty name; give it a name such as "db"';
  if (host.includes("@")) return `Host alias ${JSON.stringify(host)} contains "@", so it would be read as a user; rename it without "@"`;
  if (host.includes(":")) return `Host alias ${JSON.stringify(host)} contains ":", so it would be read as a prefixed name or a port; rename it without ":"`;
  return void 0;
}

// rules/valid-ip-pools.ts
var CGNAT = parsePrefix("100.64.0.0/10");
var RESERVED = [
  [parsePrefix("100.100.100.0/24"), "100.100.100.0/24"],
  [parsePrefix("100.115.92.0/23"), "100.115.92.0/23"]
];
var valid_ip_pools_default = defineRule({
  id: "valid-ip-pools",
  description: '"ipPool" ranges must be IPv4 CIDRs inside 100.64.0.0/10, clear of the reserved ranges',
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    for (const entry of modelOf(policy).entries("nodeAttrs")) {
      const pool = findMember(entry.value, "ipPool");
      if (!pool || !Array.isArray(pool.value)) continue;
      pool.value.forEach((text, index) => {
        if (typeof text !== "string") return;
        const path = [...entry.path, pool.key, index];
        const quoted = JSON.stringify(text);
        const prefix = parsePrefix(text);
        if (!prefix) {
          report({ path, message: `IP pool ${quoted} is not a CIDR; write an IPv4 range such as "100.80.0.0/16"` });
        } else if (!ipv4PrefixWithin(prefix, CGNAT)) {
          report({ path, message: `IP pool ${quoted} is not within 100.64.0.0/10, the range Tailscale assigns addresses from; choose a range inside it` });
        } else {
          const reserved = RESERVED.find(([range]) => ipv4PrefixesOverlap(prefix, range));
          if (reserved) {
            report({ path, message: `IP pool ${quoted} overlaps ${reserved[1]}, which Tailscale keeps for its own use; choose a range that avoids it` });
          }
        }
      });
    }
  }
});

// rules/valid-ipsets.ts
var TARGETS = 'use IP addresses, CIDRs, ranges, "host:<alias>", "ipset:<name>" or "autogroup:internet"';
var valid_ipsets_default = defineRule({
  id: "valid-ipsets",
  description: "IP set entries must add or remove addresses, CIDRs, ranges, hosts or other sets, without cycles",
  severity: "error",
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    const { ipsets, hosts } = modelOf(policy);
    const pathOf = (name, index) => [ipsets.section, name, index];
    const includes = /* @__PURE__ */ new Map();
    for (const name of ipsets.keys()) {
      const value = ipsets.valueOf(name);
      if (!Array.isArray(value)) continue;
      let included;
      let removes = false;
      let bare;
      for (let index = 0; index < value.length; index++) {
        const text = value[index];
        if (typeof text !== "string") continue;
        const entry = parseIpsetEntry(text);
        if (!entry.ok) {
          report({ path: pathOf(name, index), message: `Entry ${JSON.stringify(text)} of IP set ${JSON.stringify(name)} is not valid: ${entry.problem}` });
          continue;
        }
        const { op, target: written } = entry.value;
        const target = classifyIpsetTarget(written);
        if (target.kind === "invalid") {
          const entryName = `Entry ${JSON.stringify(text)} of IP set ${JSON.stringify(name)}`;
          const alias = `host:${written}`;
          const at2 = pathOf(name, index);
          if (hosts.has(written)) {
            const fixed = text.slice(0, text.lastIndexOf(written)) + alias;
            report({
              path: at2,
              message: `${entryName} names the host ${JSON.stringify(written)} without its prefix; write ${JSON.stringify(alias)}`,
              suggestions: [{ description: `Write ${JSON.stringify(fixed)}`, ops: [{ op: "replace-value", path: at2, value: fixed }] }]
            });
          } else {
            report({ path: at2, message: `${entryName} is not valid: ${target.problem}${target.wrongKind ? `; ${TARGETS}` : ""}` });
          }
          continue;
        }
        if (op === "remove") removes = true;
        else if (op === void 0) (bare ??= []).push({ index, text, entry: entry.value });
        if (target.kind === "ipset") (included ??= []).push({ index, text, entry: entry.value });
      }
      if (included) includes.set(name, included);
      if (removes && bare) {
        for (const { index, text } of bare) {
          const added = `add ${text.trim()}`;
          const at2 = pathOf(name, index);
          report({
            path: at2,
            message: `Entry ${JSON.stringify(text)} of IP set ${JSON.stringify(name)} has no operation, and the set also removes; write ${JSON.stringify(added)}`,
            fix: { description: `Write ${JSON.stringify(added)}`, ops: [{ op: "replace-value", path: at2, value: added }] }
          });
        }
      }
    }
    const reaches = /* @__PURE__ */ new Map();
    const reachable = (name) => {
      let seen = reaches.get(name);
      if (seen) return seen;
      seen = /* @__PURE__ */ new Set();
      reaches.set(name, seen);
      const stack = [name];
      while (stack.length > 0) {
        for (const { entry } of includes.get(stack.pop()) ?? []) {
          if (!seen.has(entry.target)) {
            seen.add(entry.target);
            stack.push(entry.target);
          }
        }
      }
      return seen;
    };
    for (const [name, entries] of includes) {
      for (const { index, entry } of entries) {
        if (entry.target !== name && !reachable(entry.target).has(name)) continue;
        report({
          path: pathOf(name, index),
          message: entry.target === name ? `IP set ${JSON.stringify(name)} includes itself; remove this entry` : `IP set ${JSON.stringify(name)} includes ${JSON.stringify(entry.target)}, which includes ${JSON.stringify(name)} again; IP sets cannot refer to each other in a cycle, so break it`
        });
      }
    }
  }
});

// src/policy/postures.ts
var NODE_ATTRIBUTES = ["node:os", "node:osVersion", "node:tsReleaseTrack", "node:tsVersion", "node:tsAutoUpdate", "node:tsStateEncrypted"];
var ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+/;
var OPERATOR = /^(==|!=|<=|>=|<|>|not\s+in(?![A-Za-z0-9_])|in(?![A-Za-z0-9_]))/i;
var SCALAR = /^('[^']*'|"[^"]*"|-?\d+(\.\d+)*|true|false)$/;
var OPERATORS = "==, !=, <, <=, >, >=, IN or NOT IN";
var bad2 = (problem) => ({ ok: false, problem });
var Q = `(?:'[^',]*'|"[^",]*"|-?\\d+(?:\\.\\d+)*|true|false)`;
var WELL_FORMED = new RegExp(
  `^\\s*([A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_.-]+)(?![A-Za-z0-9_.-])(?:\\s*(?:(?:==|!=|<=|>=|<|>)\\s*${Q}|(?:[Nn][Oo][Tt]\\s+)?[Ii][Nn]\\s*\\[\\s*(?:${Q}(?:\\s*,\\s*${Q})*)?\\s*\\]))?\\s*$`
);
function wellFormedAttribute(text) {
  return WELL_FORMED.exec(text)?.[1];
}
function parsePostureCondition(text) {
  const trimmed = text.trim();
  if (trimmed === "") return bad2("the condition is empty");
  const attribute = ATTRIBUTE.exec(trimmed)?.[0];
  if (attribute === void 0) return bad2('it does not start with an attribute such as "node:os"');
  const rest = trimmed.slice(attribute.length).trim();
  if (rest === "") return { ok: true, value: { attribute, operator: void 0, value: void 0 } };
  const operator = OPERATOR.exec(rest)?.[0];
  if (operator === void 0) return bad2(`${JSON.stringify(rest.split(/\s/)[0])} is not an operator; use ${OPERATORS}`);
  const value = rest.slice(operator.length).trim();
  if (value === "") return bad2(`there is no value after ${JSON.stringify(operator)}`);
  const list2 = /^\[(.*)\]$/s.exec(value);
  if (/in$/i.test(operator)) {
    if (!list2) return bad2(`${JSON.stringify(operator)} takes a list such as ['macos', 'linux']`);
    const items2 = list2[1].trim() === "" ? [] : list2[1].split(",").map((item) => item.trim());
    const wrong = items2.find((item) => !SCALAR.test(item));
    if (wrong !== void 0) return bad2(`the list item ${JSON.stringify(wrong)} is not a quoted string or a number`);
  } else if (list2) {
    return bad2(`a list needs IN or NOT IN, not ${JSON.stringify(operator)}`);
  } else if (!SCALAR.test(value)) {
    return bad2(`the value ${JSON.stringify(value)} is not a quoted string, a number or a boolean; quote it, as in 'macos'`);
  }
  return { ok: true, value: { attribute, operator, value } };
}

// rules/valid-postures.ts
var valid_postures_default = defineRule({
  id: "valid-postures",
  description: 'Posture conditions must read "<attribute> <operator> <value>" with a known "node:" attribute',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const postures = modelOf(policy).postures;
    for (const postureName of postures.keys()) {
      const value = postures.valueOf(postureName);
      if (!Array.isArray(value)) continue;
      value.forEach((text, index) => {
        if (typeof text !== "string") return;
        const quick = wellFormedAttribute(text);
        if (quick !== void 0 && (!quick.startsWith("node:") || NODE_ATTRIBUTES.includes(quick))) return;
        const condition = parsePostureCondition(text);
        const path = () => [postures.section, postureName, index];
        const name = JSON.stringify(postureName);
        if (!condition.ok) {
          report({ path: path(), message: `Condition ${JSON.stringify(text)} of posture ${name} is not valid: ${condition.problem}` });
          return;
        }
        const { attribute } = condition.value;
        if (!attribute.startsWith("node:") || NODE_ATTRIBUTES.includes(attribute)) return;
        const match = closest(attribute, NODE_ATTRIBUTES);
        if (match === void 0) return;
        const at2 = text.indexOf(attribute);
        const fixed = text.slice(0, at2) + match + text.slice(at2 + attribute.length);
        const reported = path();
        report({
          path: reported,
          message: `Posture ${name} uses the unknown attribute ${JSON.stringify(attribute)}, which no device has, so the condition never holds; did you mean ${JSON.stringify(match)}?`,
          suggestions: [{ description: `Replace ${JSON.stringify(attribute)} with ${JSON.stringify(match)}`, ops: [{ op: "replace-value", path: reported, value: fixed }] }]
        });
      });
    }
  }
});

// rules/valid-service-names.ts
var valid_service_names_default = defineRule({
  id: "valid-service-names",
  description: 'Service names must be "svc:" followed by a DNS label',
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    for (const reference of referencesOfKind(modelOf(policy), "service")) {
      if (reference.site === "autoApprovers.service") continue;
      const problem = serviceNameProblem(reference.name);
      if (problem === void 0) continue;
      report({
        path: reference.path,
        message: `Service ${JSON.stringify(reference.name)} is not valid: ${problem}; ${reference.name === "svc:*" ? "name one Service" : "fix the name"}`
      });
    }
  }
});

// rules/_references.ts
var referenceRules = [
  no_undefined_tags_default,
  no_undefined_groups_default,
  no_undefined_hosts_default,
  no_undefined_postures_default,
  no_undefined_ipsets_default,
  valid_groups_default,
  valid_hosts_default,
  valid_ip_pools_default,
  valid_postures_default,
  valid_ipsets_default,
  valid_service_names_default,
  no_unused_definitions_default
];

// rules/autogroup-placement.ts
var q = JSON.stringify;
var ALLOWED = {};
var allow = (sites, names) => {
  for (const site of sites) ALLOWED[site] = new Set(names);
};
allow(["acl.src", "grant.src"], [...IDENTITY_AUTOGROUPS, "autogroup:shared", "autogroup:danger-all"]);
allow(["acl.dst", "grant.dst"], [...IDENTITY_AUTOGROUPS, "autogroup:self", "autogroup:internet"]);
allow(["ssh.src"], [...IDENTITY_AUTOGROUPS, "autogroup:shared", "autogroup:danger-all"]);
allow(["tagOwners.owner", "autoApprovers.route", "autoApprovers.exitNode", "autoApprovers.serviceHost", "nodeAttrs.target"], IDENTITY_AUTOGROUPS);
var SITE_NAMES = {
  "acl.src": 'an ACL "src"',
  "grant.src": 'a grant "src"',
  "acl.dst": 'an ACL "dst"',
  "grant.dst": 'a grant "dst"',
  "ssh.src": 'an SSH rule "src"',
  "tagOwners.owner": '"tagOwners"',
  "autoApprovers.route": '"autoApprovers"',
  "autoApprovers.exitNode": '"autoApprovers"',
  "autoApprovers.serviceHost": '"autoApprovers"',
  "nodeAttrs.target": 'a "nodeAttrs" target'
};
var VALID_IN = {
  "autogroup:self": 'in the "dst" of ACLs, grants and SSH rules',
  "autogroup:internet": 'in the "dst" of ACLs and grants',
  "autogroup:shared": 'in the "src" of ACLs and grants',
  "autogroup:danger-all": 'in the "src" of ACLs and grants',
  "autogroup:nonroot": 'in the "users" of SSH rules'
};
var ACL_SRC = ["src", "users"];
var SRC = ["src"];
var DST = ["dst"];
var SRC_SITES = /* @__PURE__ */ new Set(["acl.src", "grant.src", "ssh.src"]);
var autogroup_placement_default = defineRule({
  id: "autogroup-placement",
  description: "Autogroups must be used where Tailscale allows them (self and internet as destinations, danger-all as a source, …)",
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const uses = model.selectorUses();
    const self = { acls: /* @__PURE__ */ new Set(), grants: /* @__PURE__ */ new Set() };
    const internet = /* @__PURE__ */ new Set();
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) !== "autogroup") continue;
      const site = uses.site(i);
      const allowed = ALLOWED[site];
      if (!allowed) continue;
      const name = uses.selector(i);
      if (name === "autogroup:self" && (site === "acl.dst" || site === "grant.dst")) self[site === "acl.dst" ? "acls" : "grants"].add(uses.owner(i)[1]);
      if (name === "autogroup:internet" && site === "grant.dst") internet.add(uses.owner(i)[1]);
      if (allowed.has(name) || !(name in VALID_IN)) continue;
      report({ path: uses.path(i), message: misplaced(name, site) });
    }
    for (const acl of model.entries("acls")) if (self.acls.has(acl.index)) checkSelf(acl, ACL_SRC, false, report);
    for (const grant of model.entries("grants")) {
      if (self.grants.has(grant.index)) checkSelf(grant, SRC, true, report);
      if (internet.has(grant.index)) checkInternetApp(grant, report);
    }
  }
});
function misplaced(name, site) {
  if (name === "autogroup:self" && SRC_SITES.has(site)) {
    return `"autogroup:self" cannot be a source; it belongs in "dst", where it means each source user's own devices`;
  }
  if (name === "autogroup:self" && site === "nodeAttrs.target") {
    return `"autogroup:self" cannot be a "nodeAttrs" target (Tailscale fails with an internal server error); target users, groups or "autogroup:member" instead`;
  }
  if (name === "autogroup:danger-all" && (site === "acl.dst" || site === "grant.dst")) {
    return `"autogroup:danger-all" cannot be a destination; use "*" for everything in the tailnet or "autogroup:internet" for the internet through exit nodes`;
  }
  return `${q(name)} cannot be used in ${SITE_NAMES[site] ?? "this place"}; it is valid only ${VALID_IN[name]}`;
}
function eachString(entry, names, each) {
  for (const name of names) {
    const key2 = memberKey(entry.value, name);
    const list2 = key2 === void 0 ? void 0 : entry.value[key2];
    if (!Array.isArray(list2)) continue;
    for (let index = 0; index < list2.length; index++) {
      const text = list2[index];
      if (typeof text === "string" && each(text, key2, index) === true) return true;
    }
  }
  return false;
}
function checkSelf(entry, src, isGrant, report) {
  eachString(entry, src, (text, key2, index) => {
    const kind = selectorKind(text.trim());
    const wildcard = isGrant && kind === "wildcard";
    if (kind !== "tag" && text.trim() !== "autogroup:tagged" && !wildcard) return;
    const path = [...entry.path, key2, index];
    report({
      path,
      message: `${q(text)} cannot be a source of a rule whose "dst" has "autogroup:self", which works only with users, groups and user autogroups; move ${q(text)} to a separate rule${wildcard ? ' or use "autogroup:member"' : ""}`,
      ...wildcard ? { suggestions: [{ description: `Use "autogroup:member" (every user's own devices)`, ops: [{ op: "replace-value", path, value: "autogroup:member" }] }] } : {}
    });
  });
}
function checkInternetApp(grant, report) {
  const app = findMember(grant.value, "app");
  if (!app || !isObject(app.value) || Object.keys(app.value).length === 0) return;
  eachString(grant, DST, (text, key2, index) => {
    if (text.trim() !== "autogroup:internet") return;
    report({
      path: [...grant.path, key2, index],
      message: `"autogroup:internet" cannot receive "app" capabilities; move "app" to a grant whose "dst" names the devices that read them`
    });
  });
}

// rules/grant-needs-ip-or-app.ts
var grant_needs_ip_or_app_default = defineRule({
  id: "grant-needs-ip-or-app",
  description: 'Every grant must have a non-empty "ip" or "app"',
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    for (const grant of modelOf(policy).entries("grants")) {
      const ip = findMember(grant.value, "ip");
      const app = findMember(grant.value, "app");
      const ipOk = !ip || ip.value === null || Array.isArray(ip.value);
      const appOk = !app || app.value === null || isObject(app.value);
      if (!ipOk || !appOk) continue;
      const ipEmpty = !Array.isArray(ip?.value) || ip.value.length === 0;
      const appEmpty = !isObject(app?.value) || Object.keys(app.value).length === 0;
      if (!ipEmpty || !appEmpty) continue;
      const todo = 'list the ports it opens in "ip" (for example "tcp:443") or the capabilities it grants in "app"';
      let path = grant.path;
      let message = `Grant has neither "ip" nor "app", so Tailscale rejects it; ${todo}`;
      if (ip && app) {
        path = [...grant.path, ip.key];
        message = `Grant "ip" and "app" are both empty, so Tailscale rejects it; ${todo}`;
      } else if (ip) {
        path = [...grant.path, ip.key];
        message = `Grant "ip" is empty and there is no "app", so Tailscale rejects it; ${todo}`;
      } else if (app) {
        path = [...grant.path, app.key];
        message = `Grant "app" is empty and there is no "ip", so Tailscale rejects it; ${todo}`;
      }
      report({ path, message, ...path === grant.path ? {} : { on: "key" } });
    }
  }
});

// rules/no-all-addresses-dst.ts
var q2 = JSON.stringify;
var no_all_addresses_dst_default = defineRule({
  id: "no-all-addresses-dst",
  description: 'Grant destinations must not be "0.0.0.0/0" or "::/0"; use "*" or "autogroup:internet"',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const uses = model.usesAt("grant.dst");
    let withApp;
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) !== "cidr" || parsePrefix(uses.selector(i))?.bits !== 0) continue;
      withApp ??= grantsWithApp(model);
      const use = uses.at(i);
      const suggestions = [
        { description: 'Use "*" (every device and route in the tailnet)', ops: [{ op: "replace-value", path: use.path, value: "*" }] }
      ];
      const hasApp = withApp.has(use.owner[1]);
      if (!hasApp) {
        suggestions.push({
          description: 'Use "autogroup:internet" (the internet through exit nodes)',
          ops: [{ op: "replace-value", path: use.path, value: "autogroup:internet" }]
        });
      }
      const todo = hasApp ? 'write "*" for every device and route in the tailnet ("autogroup:internet" cannot receive the "app" capabilities of this grant)' : 'write "*" for every device and route in the tailnet, or "autogroup:internet" for the internet through exit nodes';
      report({ path: use.path, message: `Grant destination ${q2(use.text)} is refused by Tailscale; ${todo}`, suggestions });
    }
  }
});
function grantsWithApp(model) {
  const out = /* @__PURE__ */ new Set();
  for (const grant of model.entries("grants")) {
    const app = findMember(grant.value, "app");
    if (app && isObject(app.value) && Object.keys(app.value).length > 0) out.add(grant.index);
  }
  return out;
}

// rules/valid-acl-destinations.ts
var q3 = JSON.stringify;
var valid_acl_destinations_default = defineRule({
  id: "valid-acl-destinations",
  description: 'ACL destinations must be "host:ports" with numeric ports, ranges or "*"',
  severity: "error",
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    const uses = modelOf(policy).usesAt("acl.dst");
    for (let i = 0; i < uses.length; i++) {
      const text = uses.text(i);
      const trimmed = text.trim();
      if (!trimmed.startsWith("[")) {
        const colon = portColon(trimmed);
        if (colon > 0 && portListProblem(trimmed.slice(colon + 1).trim()) === void 0) continue;
      }
      const parsed = parseDestination(text);
      const ports = parsed.ok && parsed.value.host !== "" ? parsed.value.ports : void 0;
      const portProblem2 = ports === void 0 ? void 0 : portListProblem(ports.trim());
      if (ports !== void 0 && portProblem2 === void 0) continue;
      const path = uses.path(i);
      if (!parsed.ok) {
        const { rewrite } = parsed;
        report({
          path,
          message: `ACL destination ${q3(text)} is invalid: ${parsed.problem}${rewrite === void 0 ? "" : `; write ${q3(rewrite)}`}`,
          ...rewrite === void 0 ? {} : { fix: { description: `Write ${q3(rewrite)}`, ops: [{ op: "replace-value", path, value: rewrite }] } }
        });
        continue;
      }
      const { host } = parsed.value;
      if (host === "") {
        report({ path, message: `ACL destination ${q3(text)} names no host; write "host:ports", for example "tag:web:443" or "*:*"` });
        continue;
      }
      if (ports === void 0) {
        const ipv6 = host.includes(":") && isAddressOrPrefix(host);
        const allPorts = ipv6 ? `${bracketed(host)}:*` : `${text.trim()}:*`;
        const how = ipv6 ? "an IPv6 address goes in square brackets before the port" : 'add ":" and a port, a list, a range or "*"';
        report({
          path,
          message: `ACL destination ${q3(text)} has no port; ${how}, for example ${q3(allPorts)}`,
          suggestions: [{ description: `Allow every port: ${q3(allPorts)}`, ops: [{ op: "replace-value", path, value: allPorts }] }]
        });
        continue;
      }
      const named = WELL_KNOWN_PORTS[ports.trim().toLowerCase()];
      const suggestions = [];
      if (named !== void 0) {
        const value = `${text.trim().slice(0, text.trim().lastIndexOf(":"))}:${named}`;
        suggestions.push({ description: `Use port ${named}: ${q3(value)}`, ops: [{ op: "replace-value", path, value }] });
      }
      report({ path, message: `ACL destination ${q3(text)} is invalid: ${portProblem2}`, ...suggestions.length > 0 ? { suggestions } : {} });
    }
  }
});
function bracketed(host) {
  const slash = host.indexOf("/");
  return slash < 0 ? `[${host}]` : `[${host.slice(0, slash)}]${host.slice(slash)}`;
}

// rules/valid-autogroups.ts
var q4 = JSON.stringify;
var KNOWN = new Set(AUTOGROUPS);
var CANDIDATES = AUTOGROUPS.filter((name) => name !== "autogroup:members");
var NOT_SELECTORS = /* @__PURE__ */ new Set([
  "ssh.users",
  "sshTests.user",
  "groups.member",
  "ipsets.entry",
  "autoApprovers.service",
  "grant.via",
  "srcPosture",
  "defaultSrcPosture"
]);
var valid_autogroups_default = defineRule({
  id: "valid-autogroups",
  description: 'Autogroups must be ones Tailscale defines, without mixing "autogroup:members" and "autogroup:member"',
  severity: "error",
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    let firstMember = -1;
    const legacy = [];
    const uses = modelOf(policy).selectorUses();
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) !== "autogroup") continue;
      const site = uses.site(i);
      if (NOT_SELECTORS.has(site)) continue;
      const text = uses.text(i);
      const name = uses.selector(i);
      if (name === "autogroup:member") firstMember = firstMember < 0 ? i : firstMember;
      else if (name === "autogroup:members") legacy.push(i);
      if (KNOWN.has(name)) continue;
      const path = uses.path(i);
      const near = closest(name, CANDIDATES);
      if (near === void 0) {
        report({
          path,
          message: `Autogroup ${q4(name)} does not exist; use one Tailscale defines, such as "autogroup:member", "autogroup:tagged", "autogroup:admin", "autogroup:self" or "autogroup:internet"`
        });
        continue;
      }
      const value = text.replace(name, near);
      report({
        path,
        message: `Autogroup ${q4(name)} does not exist; did you mean ${q4(near)}?`,
        suggestions: [{ description: `Use ${q4(near)}`, ops: [{ op: "replace-value", path, value }] }]
      });
    }
    if (firstMember < 0) return;
    for (const i of legacy) {
      const path = uses.path(i);
      const value = uses.text(i).replace("autogroup:members", "autogroup:member");
      report({
        path,
        related: uses.path(firstMember),
        message: `"autogroup:members" is the legacy spelling of "autogroup:member", and Tailscale refuses a file that uses both (see {related}); write "autogroup:member"`,
        fix: { description: 'Write "autogroup:member"', ops: [{ op: "replace-value", path, value }] }
      });
    }
  }
});

// rules/valid-capability-names.ts
var q5 = JSON.stringify;
var ALLOWED2 = ["drive", "golink", "kubernetes", "relay", "secrets", "tailsql", "tsidp", "webui"];
var ALLOWED_NAMES = ALLOWED2.map((name) => `tailscale.com/cap/${name}`);
var RESERVED_DOMAIN = "tailscale.com";
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
var valid_capability_names_default = defineRule({
  id: "valid-capability-names",
  description: 'Grant "app" capability names must be "{domain}/{path}", and tailscale.com ones must be grantable',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const grant of modelOf(policy).entries("grants")) {
      const app = findMember(grant.value, "app");
      if (!app || !isObject(app.value)) continue;
      const capabilities = app.value;
      for (const name of Object.keys(capabilities)) {
        const scheme = SCHEME.exec(name);
        const problem = scheme ? void 0 : problemOf(name);
        if (!scheme && problem === void 0) continue;
        const path = [...grant.path, app.key, name];
        const rename = (to) => Object.hasOwn(capabilities, to) ? [] : [{ description: `Rename to ${q5(to)}`, ops: [{ op: "rename-key", path, newKey: to }] }];
        if (scheme) {
          const bare = name.slice(scheme[0].length);
          const suggestions = problemOf(bare) === void 0 ? rename(bare) : [];
          report({
            path,
            on: "key",
            message: `Capability name ${q5(name)} starts with a URL scheme; write it as {domain}/{path}, as in ${q5(bare)}`,
            ...suggestions.length > 0 ? { suggestions } : {}
          });
          continue;
        }
        if (problem === "form") {
          report({ path, on: "key", message: `Capability name ${q5(name)} is not of the form {domain}/{path}; write a domain you control, a slash and a path, for example "example.com/cap/my-app"` });
        } else if (problem === "reserved") {
          const near = closest(name, ALLOWED_NAMES);
          const suggestions = near === void 0 ? [] : rename(near);
          report({
            path,
            on: "key",
            message: near ? `Capability ${q5(name)} cannot be granted: the tailscale.com domain is reserved; did you mean ${q5(near)}?` : `Capability ${q5(name)} cannot be granted: the tailscale.com domain is reserved except for tailscale.com/cap/{${ALLOWED2.join(", ")}}; use your own domain for custom capabilities`,
            ...suggestions.length > 0 ? { suggestions } : {}
          });
        }
      }
    }
  }
});
function problemOf(name) {
  const slash = name.indexOf("/");
  if (slash <= 0 || slash === name.length - 1) return "form";
  if (name.slice(0, slash).toLowerCase() === RESERVED_DOMAIN && !ALLOWED_NAMES.includes(name)) return "reserved";
  return void 0;
}

// rules/valid-grant-ip.ts
var q6 = JSON.stringify;
var valid_grant_ip_default = defineRule({
  id: "valid-grant-ip",
  description: 'Grant "ip" entries must be "*", ports, or "protocol:ports"',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const grant of modelOf(policy).entries("grants")) {
      const member = findMember(grant.value, "ip");
      if (!member || !Array.isArray(member.value)) continue;
      member.value.forEach((item, index) => {
        if (typeof item !== "string") return;
        const problem = grantIpProblem(item);
        if (problem === void 0) return;
        const path = [...grant.path, member.key, index];
        const better = correction(item);
        const suggestions = better === void 0 ? [] : [{ description: `Write ${q6(better)}`, ops: [{ op: "replace-value", path, value: better }] }];
        const sentence = problem.startsWith(q6(item)) ? problem.slice(q6(item).length) : ` is invalid: ${problem}`;
        report({ path, message: `Grant "ip" entry ${q6(item)}${sentence}`, ...suggestions.length > 0 ? { suggestions } : {} });
      });
    }
  }
});
function correction(text) {
  const colon = text.indexOf(":");
  if (colon < 0) {
    const named2 = WELL_KNOWN_PORTS[text.trim().toLowerCase()];
    if (named2 !== void 0) return `tcp:${named2}`;
    return !/^[\s\d,-]*$/.test(text) && parseProtocol(text).ok ? `${text.trim()}:*` : void 0;
  }
  if (text.indexOf(":", colon + 1) >= 0) return void 0;
  const protocol = parseProtocol(text.slice(0, colon));
  if (!protocol.ok) return void 0;
  if (!PORT_PROTOCOLS.has(protocol.value)) return `${text.slice(0, colon)}:*`;
  const named = WELL_KNOWN_PORTS[text.slice(colon + 1).trim().toLowerCase()];
  return named === void 0 ? void 0 : `${text.slice(0, colon)}:${named}`;
}

// rules/valid-protocols.ts
var q7 = JSON.stringify;
var NAMES = ["tcp", "udp", "sctp", "icmp", "ipv6-icmp", "igmp", "gre", "esp", "ah", "ipv4", "ip-in-ip", "egp", "igp"].filter((n) => n in PROTOCOLS);
var valid_protocols_default = defineRule({
  id: "valid-protocols",
  description: 'ACL "proto" must be a known protocol, and only TCP, UDP and SCTP rules may name ports',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const acl of modelOf(policy).entries("acls")) {
      const member = findMember(acl.value, "proto");
      if (!member || typeof member.value !== "string" || member.value.trim() === "") continue;
      const proto = member.value;
      const parsed = parseProtocol(proto);
      if (!parsed.ok) {
        const path = [...acl.path, member.key];
        if (/^\s*\d+\s*$/.test(proto)) {
          report({ path, message: `Protocol number ${q7(proto)} is above 255; use an IANA protocol number 0-255 or a name such as "tcp"` });
          continue;
        }
        const near = closest(proto.trim(), NAMES);
        report({
          path,
          message: near ? `Protocol ${q7(proto)} is not known; did you mean ${q7(near)}?` : `Protocol ${q7(proto)} is not known; use an IANA protocol number 0-255 or one of ${NAMES.map((n) => q7(n)).join(", ")}`,
          ...near ? { suggestions: [{ description: `Use ${q7(near)}`, ops: [{ op: "replace-value", path, value: near }] }] } : {}
        });
        continue;
      }
      if (parsed.value === 0 || PORT_PROTOCOLS.has(parsed.value)) continue;
      for (const name of ["dst", "ports"]) {
        const dst = findMember(acl.value, name);
        if (!dst || !Array.isArray(dst.value)) continue;
        dst.value.forEach((item, index) => {
          if (typeof item !== "string") return;
          const destination = parseDestination(item);
          const ports = destination.ok ? destination.value.ports?.trim() : void 0;
          if (ports === void 0 || ports === "*" || portListProblem(ports) !== void 0) return;
          const text = item.trim();
          const allPorts = `${text.slice(0, text.lastIndexOf(":"))}:*`;
          const path = [...acl.path, dst.key, index];
          report({
            path,
            message: `ACL destination ${q7(item)} names ports, but "proto" is ${q7(proto)}, which has none (only TCP, UDP and SCTP do); write ${q7(allPorts)} or change "proto"`,
            suggestions: [{ description: `Allow the protocol on every port: ${q7(allPorts)}`, ops: [{ op: "replace-value", path, value: allPorts }] }]
          });
        });
      }
    }
  }
});

// rules/valid-via.ts
var q8 = JSON.stringify;
var valid_via_default = defineRule({
  id: "valid-via",
  description: 'Grant "via" entries must be tags',
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    const uses = modelOf(policy).usesAt("grant.via");
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) === "tag") continue;
      const use = uses.at(i);
      report({
        path: use.path,
        message: `"via" takes only tags, not ${q8(use.text)}; name the tag of the exit nodes, subnet routers or app connectors to route through`
      });
    }
  }
});

// rules/_selectors.ts
var selectorRules = [
  valid_acl_destinations_default,
  valid_protocols_default,
  valid_grant_ip_default,
  grant_needs_ip_or_app_default,
  valid_capability_names_default,
  no_all_addresses_dst_default,
  valid_via_default,
  valid_autogroups_default,
  autogroup_placement_default
];

// rules/no-duplicate-rules.ts
var SECTIONS = [
  ["acls", "ACL rule"],
  ["grants", "grant"],
  ["ssh", "SSH rule"]
];
function canonicalForm(value, aliases = {}) {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalForm(v)).sort().join(",")}]`;
  if (isObject(value)) {
    const members = Object.keys(value).map((key2) => {
      const name = key2.toLowerCase();
      return `${JSON.stringify(aliases[name] ?? name)}:${canonicalForm(value[key2])}`;
    });
    return `{${members.sort().join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
var NO_ALIASES = {};
function hashString(text, seed) {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 1540483477);
  return h ^ h >>> 15 | 0;
}
var mix = (a, b) => {
  const h = Math.imul(a ^ b + 2654435769, 2246822507);
  return h ^ h >>> 13 | 0;
};
var Fingerprints = class {
  /** `aliases` apply to the rule's own keys, as canonicalForm's do. */
  constructor(aliases) {
    this.aliases = aliases;
  }
  aliases;
  /** Key hashes by key as written: the few keys of a section repeat in every rule. */
  topKeys = /* @__PURE__ */ new Map();
  nestedKeys = /* @__PURE__ */ new Map();
  of(value, top = true) {
    if (typeof value === "string") return hashString(value, 461845907);
    if (Array.isArray(value)) {
      let sum = 0;
      for (let i = 0; i < value.length; i++) sum = sum + this.of(value[i], false) | 0;
      return mix(sum, 8192 + value.length);
    }
    if (isObject(value)) {
      let sum = 0;
      let count = 0;
      for (const key2 in value) {
        sum = sum + mix(this.keyHash(key2, top), this.of(value[key2], false)) | 0;
        count++;
      }
      return mix(sum, 16384 + count);
    }
    return hashString(JSON.stringify(value) ?? "null", 1779033703);
  }
  keyHash(key2, top) {
    const cache2 = top ? this.topKeys : this.nestedKeys;
    let hash = cache2.get(key2);
    if (hash === void 0) {
      const name = key2.toLowerCase();
      const alias = (top ? this.aliases : NO_ALIASES)[name] ?? name;
      hash = typeof alias === "string" ? hashString(alias, 1013904242) : 2135587861;
      cache2.set(key2, hash);
    }
    return hash;
  }
};
function repeated(prints) {
  const sorted = prints.slice().sort();
  const out = /* @__PURE__ */ new Set();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i]);
  return out;
}
var ACL_ALIASES = { users: "src", ports: "dst" };
var no_duplicate_rules_default = defineRule({
  id: "no-duplicate-rules",
  description: "An ACL rule, grant or SSH rule must not repeat an earlier one",
  severity: "warn",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const [section, label] of SECTIONS) {
      const aliases = section === "acls" ? ACL_ALIASES : NO_ALIASES;
      const entries = model.entries(section);
      const fingerprints = new Fingerprints(aliases);
      const prints = new Int32Array(entries.length);
      for (let i = 0; i < entries.length; i++) prints[i] = fingerprints.of(entries[i].value);
      const candidates = repeated(prints);
      if (candidates.size === 0) continue;
      const seen = /* @__PURE__ */ new Map();
      for (let i = 0; i < entries.length; i++) {
        if (!candidates.has(prints[i])) continue;
        const { path, value } = entries[i];
        const key2 = canonicalForm(value, aliases);
        const first = seen.get(key2);
        if (!first) {
          seen.set(key2, path);
          continue;
        }
        report({
          path,
          related: first,
          message: `This ${label} repeats the one at {related}, so it adds nothing; remove it`,
          suggestions: [{ description: `Remove the repeated ${label}`, ops: [{ op: "remove", path }] }]
        });
      }
    }
  }
});

// rules/no-empty-rule-sections.ts
var no_empty_rule_sections_default = defineRule({
  id: "no-empty-rule-sections",
  description: 'A policy with no "acls" and no "grants" allows all traffic; present but empty ones allow none',
  severity: "warn",
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    const sections = [model.section("acls"), model.section("grants")].filter((s) => s !== void 0);
    if (sections.length === 0) {
      const first = Object.keys(model.root)[0];
      report({
        ...first === void 0 ? { path: [] } : { path: [first], on: "key" },
        message: 'This policy has neither "acls" nor "grants", so Tailscale allows all traffic between all devices; add "grants" that allow only what is needed, or one that allows everything if that is the intent'
      });
      return;
    }
    if (!sections.every((s) => Array.isArray(s.value) && s.value.length === 0)) return;
    const names = sections.map((s) => `"${s.key}"`).join(" and ");
    for (const section of sections) {
      report({
        path: [section.key],
        message: `${names} ${sections.length > 1 ? "are" : "is"} empty and no other rule allows traffic, so this policy blocks all traffic between devices; add the rules that are needed, or remove ${sections.length > 1 ? "both" : "it"} to return to Tailscale's allow-all default`
      });
    }
  }
});

// rules/no-empty-selectors.ts
var q9 = JSON.stringify;
var KINDS3 = [
  ["acls", "ACL rule", [["src", "users"], ["dst", "ports"]]],
  ["grants", "grant", [["src"], ["dst"]]],
  ["ssh", "SSH rule", [["src"], ["dst"]]]
];
var no_empty_selectors_default = defineRule({
  id: "no-empty-selectors",
  description: 'A rule with an empty (or, for SSH, missing) "src" or "dst" applies to nothing',
  severity: "warn",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const [section, label, fields] of KINDS3) {
      for (const entry of model.entries(section)) {
        const value = entry.value;
        const remove = () => ({ description: `Remove this ${label}`, ops: [{ op: "remove", path: entry.path }] });
        for (const names of fields) {
          const name = names[0];
          let key2;
          for (let i = 0; i < names.length && key2 === void 0; i++) key2 = memberKey(value, names[i]);
          const member = key2 === void 0 ? void 0 : value[key2];
          const what = name === "src" ? "applies to no one" : "reaches nothing";
          if (Array.isArray(member) && member.length === 0) {
            report({ path: [...entry.path, key2], message: `${q9(key2)} is empty, so this ${label} ${what}; add the ${name === "src" ? "sources" : "destinations"} or remove the rule`, suggestions: [remove()] });
          } else if (key2 === void 0 && section === "ssh") {
            report({ path: entry.path, message: `This SSH rule has no "${name}", so it ${what}; add "${name}" or remove the rule`, suggestions: [remove()] });
          }
        }
      }
    }
  }
});

// src/policy/ssh-access.ts
var NO = 0;
var MAYBE = 1;
var YES = 2;
var SOURCES = 0;
var DESTINATIONS = 1;
var LOGINS = 2;
var SshRuleView = class {
  constructor(entry, defaultPosture) {
    this.entry = entry;
    const value = entry.value;
    const action = findMember(value, "action")?.value;
    const posture = findMember(value, "srcPosture");
    const postured = posture ? !(Array.isArray(posture.value) && posture.value.length === 0) : defaultPosture;
    this.action = typeof action === "string" ? action.trim() : "";
    this.src = selectors(value, "src");
    this.dst = selectors(value, "dst");
    this.users = strings(value, "users");
    this.cap = postured ? MAYBE : YES;
  }
  entry;
  /** The trimmed action; anything else than accept/check makes every answer at most MAYBE. */
  action;
  src;
  dst;
  users;
  /** MAYBE when posture conditions (own or default) decide whether the rule applies. */
  cap;
  get path() {
    return this.entry.path;
  }
};
function strings(object, name) {
  const key2 = memberKey(object, name);
  const value = key2 === void 0 ? void 0 : object[key2];
  const out = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] === "string") out.push(value[i]);
  }
  return out;
}
function selectors(object, name) {
  const texts = strings(object, name);
  const out = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) out[i] = classifySelector(texts[i]);
  return out;
}
function same(a, b) {
  if (a === b) return YES;
  return a.toLowerCase() === b.toLowerCase() ? MAYBE : NO;
}
function malformed(to) {
  return to.text.includes(":", to.kind === "tag" ? "tag:".length : 0);
}
function domainOf(login) {
  return login.slice(login.lastIndexOf("@") + 1);
}
var SshAccess = class {
  constructor(model) {
    this.model = model;
    const fallback = model.section("defaultSrcPosture");
    const defaultPosture = Array.isArray(fallback?.value) && fallback.value.length > 0;
    const entries = model.entries("ssh");
    const rules2 = this.rules = [];
    for (let index = 0; index < entries.length; index++) {
      const rule = new SshRuleView(entries[index], defaultPosture);
      rules2.push(rule);
      const dst = rule.dst;
      if (dst.some((d) => d.kind !== "tag" && d.kind !== "user")) {
        this.anyDestination.push(index);
        continue;
      }
      for (let i = 0; i < dst.length; i++) {
        const key2 = dst[i].text.toLowerCase();
        const list2 = this.byDestination.get(key2);
        if (!list2) this.byDestination.set(key2, [index]);
        else if (list2[list2.length - 1] !== index) list2.push(index);
      }
    }
  }
  model;
  rules;
  /** Group members (trimmed) by group name as asked, built on first use of each. */
  groups = /* @__PURE__ */ new Map();
  /** Group names by lower-case spelling, for a group written in another case (built when needed). */
  lowerGroups;
  /** Rules by a tag or user in their `dst` (lower case), so a test only looks at rules that may apply. */
  byDestination = /* @__PURE__ */ new Map();
  /** Rules with any other destination (autogroups, hosts, …): they may apply to any device. */
  anyDestination = [];
  /** Indexes of the rules that may apply to the device `to`, in file order. */
  candidates(to) {
    if (to.kind !== "tag" && to.kind !== "user" || malformed(to)) return this.rules.keys();
    const named = this.byDestination.get(to.text.toLowerCase()) ?? [];
    if (this.anyDestination.length === 0) return named;
    if (named.length === 0) return this.anyDestination;
    return [...named, ...this.anyDestination].sort((a, b) => a - b);
  }
  /**
   * May `src` log in as `login` on `dst`? With `checkOnly`, only `check` rules count. Answers the
   * best certainty over the rules and the rule giving it.
   */
  allows(src, dst, login, checkOnly = false) {
    return this.verdict(classifySelector(src), classifySelector(dst), login, checkOnly);
  }
  /** `allows` for selectors already classified (a test asks about each login on each device). */
  verdict(from, to, login, checkOnly = false) {
    let best = NO;
    let bestRule;
    for (const index of this.candidates(to)) {
      const rule = this.rules[index];
      const known = rule.action === "accept" || rule.action === "check";
      if (checkOnly && known && rule.action !== "check") continue;
      let certainty = Math.min(known ? rule.cap : MAYBE, this.part(SOURCES, rule, from, to, login));
      if (certainty !== NO) certainty = Math.min(certainty, this.part(DESTINATIONS, rule, from, to, login));
      if (certainty !== NO) certainty = Math.min(certainty, this.part(LOGINS, rule, from, to, login));
      if (certainty === NO) continue;
      if (certainty > best) {
        best = certainty;
        bestRule = rule;
      }
      if (certainty === YES) break;
    }
    return bestRule ? { certainty: best, rule: bestRule.path } : { certainty: best };
  }
  /** The best certainty that any of the rule's sources, destinations or logins gives (a loop, no closure: tests ask often). */
  part(which, rule, from, to, login) {
    const length = which === SOURCES ? rule.src.length : which === DESTINATIONS ? rule.dst.length : rule.users.length;
    let most = NO;
    for (let i = 0; i < length && most !== YES; i++) {
      const c = which === SOURCES ? this.source(from, rule.src[i]) : which === DESTINATIONS ? this.destination(from, to, rule.dst[i]) : this.login(from, login, rule.users[i]);
      if (c > most) most = c;
    }
    return most;
  }
  /** Whether any member of `members` equals `name` (MAYBE when only ignoring case). */
  anyMember(members, name) {
    let best = NO;
    for (let i = 0; i < members.length && best !== YES; i++) {
      const c = same(name, members[i]);
      if (c > best) best = c;
    }
    return best;
  }
  members(group) {
    if (this.groups.has(group)) return this.groups.get(group);
    const groups = this.model.groups;
    let value = groups.valueOf(group);
    if (value === void 0 && !groups.has(group)) {
      if (!this.lowerGroups) {
        this.lowerGroups = /* @__PURE__ */ new Map();
        for (const name2 of groups.keys()) this.lowerGroups.set(name2.toLowerCase(), name2);
      }
      const name = this.lowerGroups.get(group.toLowerCase());
      if (name === void 0) {
        this.groups.set(group, void 0);
        return void 0;
      }
      value = groups.valueOf(name);
    }
    const members = [];
    if (Array.isArray(value)) {
      for (const m of value) if (typeof m === "string") members.push(m.trim());
    }
    this.groups.set(group, members);
    return members;
  }
  /** Does the rule source `rule` cover the test source? */
  source(from, rule) {
    switch (from.kind) {
      case "user":
        switch (rule.kind) {
          case "user":
            return same(from.text, rule.text);
          case "group": {
            const members = this.members(rule.text);
            return members ? this.anyMember(members, from.text) : MAYBE;
          }
          case "domain-users":
            return same(domainOf(from.text), rule.text.slice("user:*@".length)) === NO ? NO : MAYBE;
          case "tag":
            return NO;
          case "autogroup":
            return rule.text === "autogroup:tagged" ? NO : MAYBE;
          default:
            return MAYBE;
        }
      case "tag":
        switch (rule.kind) {
          case "tag":
            return same(from.text, rule.text);
          case "autogroup":
            return rule.text === "autogroup:tagged" ? YES : MAYBE;
          case "user":
          case "group":
          case "domain-users":
            return NO;
          default:
            return MAYBE;
        }
      case "group": {
        const members = this.members(from.text);
        switch (rule.kind) {
          case "group": {
            if (same(from.text, rule.text) === YES) return YES;
            const others = this.members(rule.text);
            if (!members || !others) return MAYBE;
            return members.some((m) => others.some((o) => same(m, o) !== NO)) ? MAYBE : NO;
          }
          case "user":
            if (!members) return MAYBE;
            return members.some((m) => same(m, rule.text) !== NO) ? MAYBE : NO;
          case "domain-users": {
            if (!members) return MAYBE;
            const domain = rule.text.slice("user:*@".length);
            return members.some((m) => same(domainOf(m), domain) !== NO) ? MAYBE : NO;
          }
          case "tag":
            return NO;
          case "autogroup":
            return rule.text === "autogroup:tagged" ? NO : MAYBE;
          default:
            return MAYBE;
        }
      }
      default:
        return MAYBE;
    }
  }
  /** Does the rule destination `rule` cover the tested device `to`, reached from `from`? */
  destination(from, to, rule) {
    if (malformed(to)) return MAYBE;
    if (to.kind === "tag") {
      switch (rule.kind) {
        case "tag":
          return same(to.text, rule.text);
        case "autogroup":
          if (rule.text === "autogroup:tagged") return YES;
          return rule.text === "autogroup:self" || rule.text === "autogroup:member" ? NO : MAYBE;
        case "user":
        case "group":
        case "domain-users":
          return NO;
        default:
          return MAYBE;
      }
    }
    if (to.kind === "user") {
      switch (rule.kind) {
        case "autogroup":
          if (rule.text === "autogroup:self") return this.isUser(from, to.text);
          return rule.text === "autogroup:tagged" ? NO : MAYBE;
        case "user":
          return same(to.text, rule.text);
        case "tag":
          return NO;
        default:
          return MAYBE;
      }
    }
    return MAYBE;
  }
  /** Is the test source the user `login` (for `autogroup:self`)? */
  isUser(from, login) {
    if (from.kind === "user") return same(from.text, login);
    if (from.kind === "tag") return NO;
    if (from.kind === "group") {
      const members = this.members(from.text);
      if (members) return members.some((m) => same(m, login) !== NO) ? MAYBE : NO;
    }
    return MAYBE;
  }
  /** Does the rule's `users` entry let the test source log in as `login`? */
  login(from, login, entry) {
    if (entry === login) return YES;
    if (entry === "autogroup:nonroot") return login === "root" ? NO : YES;
    if (!entry.startsWith("localpart:*@")) return NO;
    const domain = entry.slice("localpart:*@".length);
    const expected = `${login}@${domain}`;
    if (from.kind === "user") return from.text === expected ? YES : NO;
    if (from.kind === "tag") return NO;
    if (from.kind === "group") {
      const members = this.members(from.text);
      if (members) return members.includes(expected) ? MAYBE : NO;
    }
    return MAYBE;
  }
};

// rules/no-failing-ssh-tests.ts
var q10 = JSON.stringify;
var list = (names) => names.map((n) => q10(n)).join(", ");
var KINDS4 = ["accept", "check", "deny"];
var no_failing_ssh_tests_default = defineRule({
  id: "no-failing-ssh-tests",
  description: "Every sshTests assertion must hold for the ssh rules, or the control plane rejects the policy",
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    const tests = model.entries("sshTests");
    if (tests.length === 0) return;
    if (!["acls", "grants", "ssh"].some((name) => model.section(name) !== void 0)) return;
    const access = new SshAccess(model);
    for (const test of tests) {
      const value = test.value;
      const src = findMember(value, "src")?.value;
      const dstMember = findMember(value, "dst");
      if (typeof src !== "string" || src.trim() === "" || !dstMember || !Array.isArray(dstMember.value)) continue;
      const from = classifySelector(src);
      const dsts = [];
      for (const d of dstMember.value) if (typeof d === "string" && d.trim() !== "") dsts.push(classifySelector(d));
      if (dsts.length === 0) continue;
      for (const kind of KINDS4) {
        const key2 = memberKey(value, kind);
        const logins = key2 === void 0 ? void 0 : value[key2];
        if (!Array.isArray(logins)) continue;
        for (let index = 0; index < logins.length; index++) {
          const login = logins[index];
          if (typeof login !== "string" || login.trim() === "") continue;
          if (kind === "deny") {
            for (const to of dsts) {
              const verdict = access.verdict(from, to, login);
              if (verdict.certainty === YES && verdict.rule) {
                report({
                  path: [...test.path, key2, index],
                  related: verdict.rule,
                  message: `SSH test expects ${q10(from.text)} to be denied as ${q10(login)} on ${q10(to.text)}, but the SSH rule at {related} allows it; change the rule or the test`
                });
                break;
              }
            }
            continue;
          }
          let failing;
          for (const to of dsts) if (access.verdict(from, to, login, kind === "check").certainty === NO) (failing ??= []).push(to.text);
          if (!failing) continue;
          const how = kind === "check" ? 'no "check" SSH rule lets' : "no SSH rule lets";
          report({
            path: [...test.path, key2, index],
            message: `SSH test fails: ${how} ${q10(from.text)} log in as ${q10(login)} on ${list(failing)}; add a rule that allows it or change the test`
          });
        }
      }
    }
  }
});

// rules/no-test-fragments.ts
var no_test_fragments_default = defineRule({
  id: "no-test-fragments",
  description: 'A file with "tests" or "sshTests" but no "acls", "grants" or "ssh" looks like a fragment of a policy',
  severity: "warn",
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    if (["acls", "grants", "ssh"].some((name) => model.section(name) !== void 0)) return;
    const tests = model.section("tests") ?? model.section("sshTests");
    if (!tests) return;
    report({
      path: [tests.key],
      on: "key",
      message: `This file has ${JSON.stringify(tests.key)} but no "acls", "grants" or "ssh" rules for them to test, so it looks like a fragment of a larger policy; lint the assembled policy, or lint the fragment alone with --rule no-test-fragments=off --rule no-empty-rule-sections=off`
    });
  }
});

// src/policy/durations.ts
var NANOSECONDS = {
  ns: 1,
  us: 1e3,
  "µs": 1e3,
  // U+00B5 micro sign
  "μs": 1e3,
  // U+03BC Greek mu
  ms: 1e6,
  s: 1e9,
  m: 6e10,
  h: 36e11
};
var MAX_NANOSECONDS = 2 ** 63 - 1;
var HOUR_NS = NANOSECONDS.h;
function parseGoDuration(text) {
  const invalid = { ok: false, problem: `${JSON.stringify(text)} is not a duration; write a number and a unit, such as "12h", "30m" or "1h30m"` };
  let rest = text;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === "0") return { ok: true, value: 0 };
  if (rest === "") return invalid;
  let total = 0;
  while (rest !== "") {
    const number = /^(\d*)(?:\.(\d*))?/.exec(rest);
    const [whole, digits = "", fraction] = number;
    if (digits === "" && (fraction === void 0 || fraction === "")) return invalid;
    rest = rest.slice(whole.length);
    const unitLength = rest.search(/[\d.]/);
    const unit = unitLength < 0 ? rest : rest.slice(0, unitLength);
    if (unit === "") return { ok: false, problem: `${JSON.stringify(text)} has a number without a unit; add one of "h", "m", "s", "ms", "us" or "ns", as in "${text}h"` };
    const scale = NANOSECONDS[unit];
    if (scale === void 0) {
      const hint = unit === "d" || unit === "w" ? ` (there are no days or weeks: "24h" is a day)` : "";
      return { ok: false, problem: `${JSON.stringify(text)} uses the unknown unit ${JSON.stringify(unit)}; units are "h", "m", "s", "ms", "us" and "ns"${hint}` };
    }
    rest = rest.slice(unit.length);
    total += Number(`${digits || "0"}.${fraction ?? ""}0`) * scale;
    if (total > MAX_NANOSECONDS) return invalid;
  }
  return { ok: true, value: sign * total };
}

// rules/valid-ssh-rules.ts
var MAX_HOURS = 168;
var valid_ssh_rules_default = defineRule({
  id: "valid-ssh-rules",
  description: "SSH rules need real login names, a checkPeriod from 0 to 168h, and non-empty acceptEnv patterns",
  severity: "error",
  fixable: true,
  check({ policy, report }) {
    for (const entry of modelOf(policy).entries("ssh")) {
      const value = entry.value;
      const users = findMember(value, "users");
      if (users && Array.isArray(users.value)) {
        users.value.forEach((user, index) => {
          if (user === "") {
            report({ path: [...entry.path, users.key, index], message: 'SSH login name "" is empty, which the control plane rejects; write a name such as "root", or "autogroup:nonroot" for any name except root' });
          } else if (typeof user === "string" && user.trim() === "*") {
            report({
              path: [...entry.path, users.key, index],
              message: `SSH login name ${JSON.stringify(user)} is not a wildcard, and the control plane rejects it; use "autogroup:nonroot" for any name except root, or list the names (add "root" if it is meant too)`
            });
          }
        });
      }
      const period = findMember(value, "checkPeriod");
      if (period && typeof period.value === "string" && period.value !== "always") {
        const text = period.value;
        const at2 = () => [...entry.path, period.key];
        const parsed = parseGoDuration(text);
        if (!parsed.ok) {
          report({ path: at2(), message: `"checkPeriod" ${parsed.problem}` });
        } else if (parsed.value < 0) {
          report({ path: at2(), message: `"checkPeriod" ${JSON.stringify(text)} is negative; write a positive duration such as "12h" (the default), or "always" to check every session` });
        } else if (parsed.value > MAX_HOURS * HOUR_NS) {
          report({ path: at2(), message: `"checkPeriod" ${JSON.stringify(text)} is longer than the maximum of ${MAX_HOURS}h (one week); write "${MAX_HOURS}h" or less` });
        }
      }
      const env = findMember(value, "acceptEnv");
      if (env && Array.isArray(env.value)) {
        env.value.forEach((pattern, index) => {
          if (pattern !== "") return;
          const at2 = [...entry.path, env.key, index];
          report({
            path: at2,
            message: '"acceptEnv" has an empty pattern, which the control plane rejects; remove it, or write a variable name (with "*" and "?" as wildcards)',
            fix: { description: "Remove the empty pattern", ops: [{ op: "remove", path: at2 }] }
          });
        });
      }
    }
  }
});

// rules/valid-ssh-selectors.ts
var q11 = JSON.stringify;
var KNOWN_AUTOGROUPS = new Set(AUTOGROUPS);
var USER_OWNED = /* @__PURE__ */ new Set(["autogroup:self", "autogroup:member", "autogroup:members"]);
var ALLOWED_DST = `"tag:…", "autogroup:self", "autogroup:member", "autogroup:tagged" or the source's own login`;
function items(entry, name) {
  const key2 = memberKey(entry, name);
  const list2 = key2 === void 0 ? void 0 : entry[key2];
  if (!Array.isArray(list2)) return [];
  const out = [];
  for (let index = 0; index < list2.length; index++) {
    const value = list2[index];
    if (typeof value !== "string") continue;
    const text = value.trim();
    out.push({ text, kind: selectorKind(text), key: key2, index });
  }
  return out;
}
function withoutPort(text) {
  const colon = portSuffixColon(text);
  if (colon < 0) return void 0;
  const base = text.slice(0, colon);
  const kind = selectorKind(base.trim());
  if (kind === "tag" || kind === "user" || kind === "autogroup" && KNOWN_AUTOGROUPS.has(base)) return base;
  return void 0;
}
var valid_ssh_selectors_default = defineRule({
  id: "valid-ssh-selectors",
  description: 'SSH rules connect identities to tagged or own devices: no "*", addresses or hosts, and no tagged source to user-owned devices',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const entry of model.entries("ssh")) {
      const src = items(entry.value, "src");
      const dst = items(entry.value, "dst");
      const pathOf = (item) => [...entry.path, item.key, item.index];
      for (const item of src) {
        const { text, kind } = item;
        let problem;
        if (kind === "wildcard") problem = `"*" cannot be an SSH source; list the users, groups or tags that may connect, or use "autogroup:member" for every member of the tailnet`;
        else if (kind === "ip" || kind === "cidr" || kind === "ip-range") problem = `SSH sources are identities, not addresses, so ${q11(text)} cannot be one; name the users, groups or tags that may connect`;
        else if (kind === "host") problem = `SSH sources are identities, not hosts, so ${q11(text)} cannot be one; name the users, groups or tags that may connect`;
        else if (kind === "ipset" || kind === "service") problem = `${q11(text)} cannot be an SSH source; name the users, groups or tags that may connect`;
        if (problem) report({ path: pathOf(item), message: problem });
      }
      const tagged = src.find((s) => s.text === "autogroup:tagged" || s.kind === "tag");
      for (const item of dst) {
        const { text, kind } = item;
        const bare = withoutPort(text);
        if (bare !== void 0) {
          const at2 = pathOf(item);
          report({
            path: at2,
            message: `SSH destinations take no port (SSH always uses port 22), so ${q11(text)} is not valid; write ${q11(bare)}`,
            suggestions: [{ description: `Replace with ${q11(bare)}`, ops: [{ op: "replace-value", path: at2, value: bare }] }]
          });
          continue;
        }
        let problem;
        if (kind === "wildcard") problem = `"*" cannot be an SSH destination; name the devices' tags, or use "autogroup:self" for each user's own devices`;
        else if (kind === "ip" || kind === "cidr" || kind === "ip-range") problem = `SSH destinations cannot be addresses, so ${q11(text)} is not valid; tag the devices and name the tag`;
        else if (kind === "host") {
          problem = model.hosts.has(text) ? `Host ${q11(text)} cannot be an SSH destination (a host names an address, not a device); tag the device and name the tag` : `${q11(text)} cannot be an SSH destination; use ${ALLOWED_DST}`;
        } else if (kind === "group" || kind === "domain-users") {
          problem = `${q11(text)} cannot be an SSH destination (it names users, not devices); use "autogroup:self" for each user's own devices, or name the devices' tags`;
        } else if (kind === "ipset" || kind === "service" || kind === "posture") problem = `${q11(text)} cannot be an SSH destination; use ${ALLOWED_DST}`;
        else if (kind === "autogroup" && KNOWN_AUTOGROUPS.has(text) && text !== "autogroup:tagged" && !USER_OWNED.has(text)) {
          problem = `${q11(text)} cannot be an SSH destination; use ${ALLOWED_DST}`;
        }
        if (problem) {
          report({ path: pathOf(item), message: problem });
          continue;
        }
        const userOwned = kind === "user" || USER_OWNED.has(text);
        if (userOwned && tagged) {
          report({
            path: pathOf(item),
            message: `Tagged source ${q11(tagged.text)} cannot reach user-owned devices over SSH, so destination ${q11(text)} is not allowed in this rule; give the tagged sources a rule of their own with tagged destinations`
          });
        } else if (kind === "user" && src.length > 0 && !(src.length === 1 && src[0].text === text)) {
          report({
            path: pathOf(item),
            message: `User ${q11(text)} as an SSH destination may only be reached by that same user, and "src" is not exactly [${q11(text)}]; use "autogroup:self" to let each user reach their own devices, or make ${q11(text)} the only source`
          });
        }
      }
    }
  }
});

// rules/valid-ssh-tests.ts
var q12 = JSON.stringify;
var LISTS = ["accept", "check", "deny"];
var KNOWN_AUTOGROUPS2 = new Set(AUTOGROUPS);
var DEVICE = 'an SSH test connects to devices: name a tag, a host, an IPv4 address, or a user for "autogroup:self" rules';
function destinationProblem(raw) {
  const text = raw.trim();
  const kind = selectorKind(text);
  if (kind === "wildcard") return `SSH test destination "*" is not one device; ${DEVICE}`;
  if (kind === "cidr" || kind === "ip-range") return `SSH test destination ${q12(raw)} is a range of addresses; ${DEVICE}`;
  if (kind === "ip" && text.includes(":")) return `SSH test destination ${q12(raw)} is an IPv6 address, which SSH tests cannot use; write the device's IPv4 address or its tag`;
  if (text === "autogroup:internet") return `"autogroup:internet" cannot be an SSH test destination; ${DEVICE}`;
  const colon = portSuffixColon(text);
  if (colon >= 0) {
    const base = text.slice(0, colon);
    const baseKind = selectorKind(base.trim());
    if (baseKind === "tag" || baseKind === "user" || baseKind === "host" || baseKind === "ip" && isAddress(base) || KNOWN_AUTOGROUPS2.has(base)) {
      return { message: `SSH test destinations take no port (SSH uses port 22), so ${q12(raw)} is not valid; write ${q12(base)}`, without: base };
    }
  }
  return void 0;
}
var valid_ssh_tests_default = defineRule({
  id: "valid-ssh-tests",
  description: "Each SSH test connects as one identity to single devices, with non-empty login names",
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, report }) {
    for (const test of modelOf(policy).entries("sshTests")) {
      const value = test.value;
      const src = findMember(value, "src");
      if (src && typeof src.value === "string") {
        const text = src.value.trim();
        const kind = selectorKind(text);
        const one = "an SSH test connects as one identity: a user, a group, a tag, a host or an IP";
        let message;
        if (text === "") message = `SSH test "src" is empty; name the identity the test connects as: a user, a group, a tag, a host or an IP`;
        else if (kind === "wildcard") message = `SSH test "src" cannot be "*"; ${one}`;
        else if (kind === "cidr" || kind === "ip-range") message = `SSH test "src" ${q12(src.value)} is a range of addresses; ${one}`;
        if (message) report({ path: [...test.path, src.key], message });
      }
      const dstKey = memberKey(value, "dst");
      const dst = dstKey === void 0 ? void 0 : value[dstKey];
      if (Array.isArray(dst)) {
        for (let index = 0; index < dst.length; index++) {
          const item = dst[index];
          if (typeof item !== "string") continue;
          const problem = destinationProblem(item);
          if (!problem) continue;
          const at2 = [...test.path, dstKey, index];
          if (typeof problem === "string") {
            report({ path: at2, message: problem });
            continue;
          }
          const bare = problem.without;
          report({ path: at2, message: problem.message, ...bare ? { suggestions: [{ description: `Replace with ${q12(bare)}`, ops: [{ op: "replace-value", path: at2, value: bare }] }] } : {} });
        }
      }
      let seen;
      for (const list2 of LISTS) {
        const key2 = memberKey(value, list2);
        const logins = key2 === void 0 ? void 0 : value[key2];
        if (!Array.isArray(logins)) continue;
        for (let index = 0; index < logins.length; index++) {
          const login = logins[index];
          if (typeof login !== "string") continue;
          if (login.trim() === "") {
            report({ path: [...test.path, key2, index], message: `SSH test login name ${q12(login)} is empty; write the name to test, such as "root"` });
            continue;
          }
          seen ??= /* @__PURE__ */ new Map();
          const earlier = seen.get(login);
          const conflict = earlier !== void 0 && list2 === "deny" !== (earlier === "deny");
          if (conflict) {
            report({
              path: [...test.path, key2, index],
              message: `SSH test login name ${q12(login)} is in both ${q12(earlier)} and ${q12(key2)}, so the test can never pass; keep it in one of them`
            });
          }
          if (earlier === void 0) seen.set(login, key2.toLowerCase());
        }
      }
    }
  }
});

// rules/valid-tests.ts
var q13 = JSON.stringify;
var LISTS2 = ["accept", "allow", "deny"];
var TEST_PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp", "6", "17", "132"]);
function destinationProblem2(raw, hosts) {
  const text = raw.trim();
  if (!text.includes(":")) return `Test destination ${q13(raw)} has no port; add ":" and the one port to test, as in ${q13(`${text}:22`)}`;
  const split = splitHostPort(text);
  if (!split.ok) return `Test destination ${split.problem}`;
  const { host, ports } = split.value;
  const kind = selectorKind(host.trim());
  const one = "a test checks one host and one port";
  if (kind === "wildcard") return `Test destination ${q13(raw)} has "*" as its host; ${one}: name a user, group, tag, host, IP or service`;
  const prefix = parsePrefix(host);
  if (prefix) {
    const single = prefix.bits === (prefix.family === 4 ? 32 : 128);
    const what = single ? `a CIDR, which tests take as a range even at /${prefix.bits}` : "a range of addresses";
    return `Test destination ${q13(raw)} is ${what}; ${one}: write ${single ? `the address without "/${prefix.bits}"` : "one address"}, or name the device`;
  }
  if (kind === "ip-range") return `Test destination ${q13(raw)} is a range of addresses; ${one}: write one address, or name the device`;
  if (host === "autogroup:internet") return `"autogroup:internet" cannot be tested in ${q13(raw)}; test a public address reached through the exit node instead, such as "203.0.113.10:443"`;
  if (kind === "host") {
    const alias = hosts.valueOf(host);
    if (typeof alias === "string" && alias.includes("/")) {
      return `Test destination ${q13(raw)} uses host ${q13(host)}, which is a range of addresses (${q13(alias)}); ${one}: use a host that is a single address, or the device's IP`;
    }
  }
  if (/^\d+$/.test(ports)) {
    const port = Number(ports);
    if (port === 0) return `Test destination ${q13(raw)} has port 0; write the port to test, from 1 to 65535`;
    if (port > 65535) return `Test destination ${q13(raw)} has port ${ports}, above 65535; write the port to test, from 1 to 65535`;
    return void 0;
  }
  if (ports === "*") return `Test destination ${q13(raw)} has "*" for every port; ${one}: write the port to test, as in ${q13(`${host}:443`)}`;
  if (ports.includes(",")) return `Test destination ${q13(raw)} lists several ports; ${one}: write one destination per port`;
  if (/^\d+-\d+$/.test(ports)) return `Test destination ${q13(raw)} has a port range; ${one}: write one destination per port to check`;
  return `Test destination ${q13(raw)} has the port ${q13(ports)}, which is not a number from 1 to 65535; write the port to test as a number, as in ${q13(`${host}:22`)}`;
}
var valid_tests_default = defineRule({
  id: "valid-tests",
  description: "Each test connects as one identity to single host:port destinations, over tcp, udp or sctp",
  severity: "error",
  fixable: false,
  check({ policy, report }) {
    const model = modelOf(policy);
    for (const test of model.entries("tests")) {
      const value = test.value;
      const src = findMember(value, "src") ?? findMember(value, "user");
      if (src && typeof src.value === "string") {
        const text = src.value.trim();
        const kind = selectorKind(text);
        const one = "a test connects as one identity: a user, a group, a tag, a host or an IP";
        let message;
        if (text === "") message = `Test ${q13(src.key)} is empty; name the identity the test connects as: a user, a group, a tag, a host or an IP`;
        else if (kind === "wildcard") message = `Test ${q13(src.key)} cannot be "*"; ${one}`;
        else if (kind === "cidr" || kind === "ip-range") message = `Test ${q13(src.key)} ${q13(src.value)} is a range of addresses; ${one}`;
        if (message) report({ path: [...test.path, src.key], message });
      }
      const proto = findMember(value, "proto");
      if (proto && typeof proto.value === "string" && proto.value.trim() !== "" && !TEST_PROTOCOLS.has(proto.value.trim().toLowerCase())) {
        report({
          path: [...test.path, proto.key],
          message: `Test "proto" ${q13(proto.value)} cannot be tested; tests check "tcp", "udp" or "sctp", or leave "proto" out to test TCP or UDP`
        });
      }
      for (const list2 of LISTS2) {
        const key2 = memberKey(value, list2);
        const items2 = key2 === void 0 ? void 0 : value[key2];
        if (!Array.isArray(items2)) continue;
        for (let index = 0; index < items2.length; index++) {
          const item = items2[index];
          if (typeof item !== "string") continue;
          const problem = destinationProblem2(item, model.hosts);
          if (problem) report({ path: [...test.path, key2, index], message: problem });
        }
      }
    }
  }
});

// rules/valid-user-domains.ts
var q14 = JSON.stringify;
var USER_PREFIX = "user:*@";
var LOCALPART_PREFIX = "localpart:*@";
function configuredDomains(settings) {
  const tailnet = settings.tailnet;
  if (!isObject(tailnet) || !Array.isArray(tailnet.domains)) return void 0;
  return tailnet.domains.filter((d) => typeof d === "string");
}
var valid_user_domains_default = defineRule({
  id: "valid-user-domains",
  description: '"user:*@<domain>" and "localpart:*@<domain>" must name a domain of the tailnet',
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const domains = configuredDomains(settings);
    const model = modelOf(policy);
    const checkDomain = (text, prefix, path, replace) => {
      const domain = text.slice(prefix.length);
      if (domain === "" && prefix === LOCALPART_PREFIX) return;
      if (domain === "" || domain.includes("*")) {
        const what = domain === "" ? 'has no domain after "@"' : `has ${q14(domain)} where a domain belongs (domains take no wildcards)`;
        report({ path, message: `${q14(text)} ${what}; write the tailnet's domain, as in "${prefix}example.com"` });
        return;
      }
      if (!domains || domains.includes(domain)) return;
      const sameIgnoringCase2 = domains.find((d) => d.toLowerCase() === domain.toLowerCase());
      if (sameIgnoringCase2 !== void 0) {
        const fixed = replace(sameIgnoringCase2);
        report({
          path,
          message: `Domain ${q14(domain)} in ${q14(text)} is compared exactly, and the tailnet's domain is spelled ${q14(sameIgnoringCase2)}; write ${q14(fixed)}`,
          suggestions: [{ description: `Replace with ${q14(fixed)}`, ops: [{ op: "replace-value", path, value: fixed }] }]
        });
        return;
      }
      const list2 = domains.length > 0 ? domains.map((d) => q14(d)).join(", ") : "none configured";
      report({
        path,
        message: `Domain ${q14(domain)} in ${q14(text)} is not one of the tailnet's domains (${list2}), and the control plane rejects it; use a domain of the tailnet, or add it to "tailnet.domains" in the config if the tailnet owns it`
      });
    };
    const uses = model.selectorUses();
    for (let i = 0; i < uses.length; i++) {
      if (uses.kind(i) !== "domain-users" || uses.isKey(i)) continue;
      const use = uses.at(i);
      let text = use.text.trim();
      let port = "";
      if (use.site === "acl.dst" || use.site === "tests.dst") {
        const split = splitHostPort(text);
        if (!split.ok) continue;
        text = split.value.host;
        port = `:${split.value.ports}`;
      }
      if (!text.startsWith(USER_PREFIX)) continue;
      const raw = use.text;
      checkDomain(text, USER_PREFIX, use.path, (d) => raw.replace(text + port, `${USER_PREFIX}${d}${port}`));
    }
    for (const entry of model.entries("ssh")) {
      const users = findMember(entry.value, "users");
      if (!users || !Array.isArray(users.value)) continue;
      users.value.forEach((user, index) => {
        if (typeof user === "string" && user.startsWith(LOCALPART_PREFIX)) {
          checkDomain(user, LOCALPART_PREFIX, [...entry.path, users.key, index], (d) => `${LOCALPART_PREFIX}${d}`);
        }
      });
    }
  }
});

// rules/_ssh-tests.ts
var sshAndTestRules = [
  valid_ssh_rules_default,
  valid_ssh_selectors_default,
  valid_user_domains_default,
  valid_tests_default,
  valid_ssh_tests_default,
  no_failing_ssh_tests_default,
  no_empty_rule_sections_default,
  no_empty_selectors_default,
  no_duplicate_rules_default,
  no_test_fragments_default
];

// src/kubernetes/reach.ts
var TCP = 6;
function strings2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string").map((v) => v.trim()) : [];
}
function portIn(ranges, port) {
  return ranges.some((r) => r.first <= port && port <= r.last);
}
function namesTarget(selector, target) {
  return selector === "*" || selector === target.tag || selector === "autogroup:tagged" || target.service !== void 0 && selector === target.service;
}
function namesTargetExplicitly(selector, target) {
  return selector === target.tag || target.service !== void 0 && selector === target.service;
}
var TAILNET_V4 = parsePrefix("100.64.0.0/10");
function coversTailnet(model, selector) {
  const alias = model.hosts.valueOf(selector);
  const text = typeof alias === "string" ? alias.trim() : selector;
  if (!text.includes("/")) return false;
  const prefix = parsePrefix(text);
  return prefix !== void 0 && ipv4PrefixWithin(TAILNET_V4, prefix);
}
function allowsAll(model) {
  return model.section("grants") === void 0 && model.section("acls") === void 0;
}
var Element = class {
  constructor(owner, key2, index) {
    this.owner = owner;
    this.key = key2;
    this.index = index;
  }
  owner;
  key;
  index;
  get path() {
    return this.key === void 0 ? [...this.owner.path, this.index] : [...this.owner.path, this.key, this.index];
  }
};
var OwnedString = class extends Element {
  constructor(text, owner, key2, index) {
    super(owner, key2, index);
    this.text = text;
  }
  text;
};
var CapabilityValue = class extends Element {
  constructor(value, capability, index) {
    super(capability, void 0, index);
    this.value = value;
  }
  value;
};
function sourcesOf(rule, owner, names) {
  const out = [];
  for (const name of names) {
    const member = findMember(rule, name);
    if (!member || !Array.isArray(member.value)) continue;
    const list2 = member.value;
    for (let i = 0; i < list2.length; i++) {
      const v = list2[i];
      if (typeof v === "string") out.push(new OwnedString(v.trim(), owner, member.key, i));
    }
  }
  return out;
}
var tcpRuleCache = /* @__PURE__ */ new WeakMap();
function tcpRules(model) {
  let rules2 = tcpRuleCache.get(model);
  if (rules2) return rules2;
  rules2 = [];
  const grantPorts = /* @__PURE__ */ new Map();
  const tcpPortsOf = (ip) => {
    let ports = grantPorts.get(ip);
    if (!ports) {
      const parsed = parseGrantIp(ip);
      ports = parsed.ok && (parsed.value.protocol === void 0 || parsed.value.protocol === TCP) ? parsed.value.ports : [];
      grantPorts.set(ip, ports);
    }
    return ports;
  };
  const portLists = /* @__PURE__ */ new Map();
  const portListOf = (text) => {
    if (!portLists.has(text)) {
      const parsed = parsePortList(text);
      portLists.set(text, parsed.ok ? parsed.value : void 0);
    }
    return portLists.get(text);
  };
  for (const grant of model.entries("grants")) {
    const ips = strings2(findMember(grant.value, "ip")?.value);
    const ports = ips.length === 1 ? tcpPortsOf(ips[0]) : ips.flatMap(tcpPortsOf);
    if (ports.length === 0) continue;
    const destinations = strings2(findMember(grant.value, "dst")?.value).map((host) => ({ host, ports }));
    rules2.push({ rule: grant, destinations, value: grant.value, sourceKeys: ["src"] });
  }
  for (const acl of model.entries("acls")) {
    const proto = findMember(acl.value, "proto")?.value;
    if (typeof proto === "string") {
      const parsed = parseProtocol(proto);
      if (!parsed.ok || parsed.value !== TCP) continue;
    }
    const destinations = [...strings2(findMember(acl.value, "dst")?.value), ...strings2(findMember(acl.value, "ports")?.value)].flatMap((d) => {
      const hp = splitHostPort(d);
      const ports = hp.ok ? portListOf(hp.value.ports) : void 0;
      return hp.ok && ports ? [{ host: hp.value.host, ports }] : [];
    });
    if (destinations.length > 0) rules2.push({ rule: acl, destinations, value: acl.value, sourceKeys: ["src", "users"] });
  }
  tcpRuleCache.set(model, rules2);
  return rules2;
}
function openingsTo(model, target, port, options = {}) {
  const names = options.explicit ? (d) => namesTargetExplicitly(d, target) : (d) => namesTarget(d, target) || coversTailnet(model, d);
  const openings = [];
  for (const rule of tcpRules(model)) {
    if (rule.destinations.some((d) => portIn(d.ports, port) && names(d.host))) {
      openings.push({ rulePath: rule.rule.path, sources: rule.sources ??= sourcesOf(rule.value, rule.rule, rule.sourceKeys) });
    }
  }
  return openings;
}
function groupMembers(model, group) {
  return strings2(model.groups.valueOf(group));
}
var USER_AUTOGROUPS = new Set(IDENTITY_AUTOGROUPS.filter((name) => name !== "autogroup:tagged"));
function sourceIncludes(model, source, principal) {
  if (source === principal || source === "*" || coversTailnet(model, source)) return true;
  if (principal.startsWith("tag:")) return source === "autogroup:tagged";
  const isUser = principal.includes("@") && !principal.startsWith("group:") && !principal.startsWith("user:");
  if (source === "autogroup:member" || source === "autogroup:members") {
    return isUser || principal.startsWith("group:") || principal.startsWith("user:*@") || USER_AUTOGROUPS.has(principal);
  }
  if (isUser) {
    if (source.startsWith("group:")) return groupMembers(model, source).includes(principal);
    if (source.startsWith("user:*@")) return principal.toLowerCase().endsWith(`@${source.slice("user:*@".length).toLowerCase()}`);
  }
  return false;
}
function coveredBy(model, principal, sources) {
  if (sources.some((s) => sourceIncludes(model, s, principal))) return true;
  if (principal.startsWith("group:")) {
    const members = groupMembers(model, principal);
    return members.length > 0 && members.every((m) => sources.some((s) => sourceIncludes(model, s, m)));
  }
  return false;
}
var KUBERNETES_CAP = "tailscale.com/cap/kubernetes";
var LEGACY_KUBERNETES_CAP = "https://tailscale.com/cap/kubernetes";
var grantCache = /* @__PURE__ */ new WeakMap();
function kubernetesGrants(model) {
  let grants = grantCache.get(model);
  if (!grants) grantCache.set(model, grants = collectKubernetesGrants(model));
  return grants;
}
function collectKubernetesGrants(model) {
  const out = [];
  for (const grant of model.entries("grants")) {
    const appKey = memberKey(grant.value, "app");
    const app = appKey === void 0 ? void 0 : grant.value[appKey];
    if (!isObject(app)) continue;
    for (const capKey of Object.keys(app)) {
      if (capKey === KUBERNETES_CAP || capKey === LEGACY_KUBERNETES_CAP) out.push(new KubernetesGrant(grant, appKey, app, capKey));
    }
  }
  return out;
}
var KubernetesGrant = class {
  constructor(grant, appKey, app, capKey) {
    this.grant = grant;
    this.appKey = appKey;
    this.app = app;
    this.capKey = capKey;
    const list2 = app[capKey];
    if (Array.isArray(list2)) for (let i = 0; i < list2.length; i++) this.values.push(new CapabilityValue(list2[i], this, i));
  }
  grant;
  appKey;
  app;
  capKey;
  values = [];
  sources_;
  destinations_;
  get grantPath() {
    return this.grant.path;
  }
  get capPath() {
    return [...this.grant.path, this.appKey, this.capKey];
  }
  /** The capability's path, as the Owner of its values. */
  get path() {
    return this.capPath;
  }
  get otherCaps() {
    return Object.keys(this.app).filter((k) => k !== this.capKey);
  }
  get legacyName() {
    return this.capKey === LEGACY_KUBERNETES_CAP;
  }
  get sources() {
    return this.sources_ ??= sourcesOf(this.grant.value, this.grant, ["src"]);
  }
  get destinations() {
    return this.destinations_ ??= sourcesOf(this.grant.value, this.grant, ["dst"]);
  }
};
function capField(value, name) {
  return isObject(value) ? findMember(value, name) : void 0;
}
function recorderUses(model) {
  const out = [];
  for (const grant of kubernetesGrants(model)) {
    for (const capability of grant.values) {
      const recorder = capField(capability.value, "recorder");
      if (!recorder || !Array.isArray(recorder.value)) continue;
      const tag = recorder.value[0];
      if (typeof tag === "string") out.push({ tag: tag.trim(), path: [...capability.path, recorder.key, 0], grant });
    }
  }
  return out;
}

// src/kubernetes/setups.ts
var PROXY_KINDS = ["cks", "operator", "proxygroup"];
var CKS_AUTH_PORTS = { "tailscale-managed": 443, "coreweave-managed": 9443, direct: 6443 };
var MODES2 = ["auth", "noauth"];
var DEFAULT_TAGS = { cks: "tag:coreweave", operator: "tag:k8s-operator", proxygroup: "tag:k8s" };
var MASTERS = "system:masters";
var KEYS = ["name", "proxy", "auth", "mode", "tag", "proxyTag", "operatorTag", "users", "admins", "adminGroups", "recorder", "service"];
var RECORDER_KEYS = ["tag", "enforce"];
var TAG = /^tag:[A-Za-z][A-Za-z0-9-]*$/;
function stringList(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
function checkDeclaration(raw, index) {
  const at2 = (...rest) => [index, ...rest];
  if (!isObject(raw)) return [{ message: 'Each "kubernetes" entry must be an object such as {"proxy": "cks"}', path: at2() }];
  const problems = [];
  const problem = (message, ...rest) => problems.push({ message, path: at2(...rest) });
  for (const key2 of Object.keys(raw)) {
    if (!KEYS.includes(key2)) problem(`Unknown key ${JSON.stringify(key2)} in a "kubernetes" entry${didYouMean(key2, KEYS)}`, key2);
  }
  const proxy = raw.proxy;
  if (typeof proxy !== "string" || !PROXY_KINDS.includes(proxy)) {
    problem(`"proxy" must be one of "cks", "operator" or "proxygroup", not ${JSON.stringify(proxy ?? null)}${typeof proxy === "string" ? didYouMean(proxy, PROXY_KINDS) : ""}`, "proxy");
    return problems;
  }
  if (raw.auth !== void 0) {
    if (proxy !== "cks") problem('"auth" applies only to "proxy": "cks"; use "mode" for the operator and ProxyGroups', "auth");
    else if (!stringList(raw.auth) || raw.auth.length === 0) problem('"auth" must be a non-empty array of "tailscale-managed", "coreweave-managed" or "direct"', "auth");
    else {
      raw.auth.forEach((a, i) => {
        if (!(a in CKS_AUTH_PORTS)) problem(`Unknown CKS auth mode ${JSON.stringify(a)}; expected "tailscale-managed", "coreweave-managed" or "direct"${didYouMean(a, Object.keys(CKS_AUTH_PORTS))}`, "auth", i);
      });
    }
  }
  if (raw.mode !== void 0) {
    if (proxy === "cks") problem('"mode" applies to the operator and ProxyGroups; CKS uses "auth"', "mode");
    else if (typeof raw.mode !== "string" || !MODES2.includes(raw.mode)) problem(`"mode" must be "auth" or "noauth", not ${JSON.stringify(raw.mode)}`, "mode");
  }
  for (const key2 of ["tag", "proxyTag", "operatorTag"]) {
    const value = raw[key2];
    if (value !== void 0 && (typeof value !== "string" || !TAG.test(value))) {
      problem(`${JSON.stringify(key2)} must be a tag such as "tag:k8s", not ${JSON.stringify(value)}`, key2);
    }
  }
  if (proxy === "cks") {
    for (const key2 of ["proxyTag", "operatorTag"]) if (raw[key2] !== void 0) problem(`${JSON.stringify(key2)} does not apply to "proxy": "cks"; the CKS proxy's tag is "tag" (default "tag:coreweave")`, key2);
  }
  if (proxy === "operator" && typeof raw.tag === "string" && typeof raw.operatorTag === "string" && raw.tag !== raw.operatorTag) {
    problem(`"tag" and "operatorTag" differ; the operator's API-server proxy runs on the operator's own device, so give only "operatorTag"`, "tag");
  }
  if (proxy === "proxygroup" && typeof raw.tag === "string" && typeof raw.proxyTag === "string" && raw.tag !== raw.proxyTag) {
    problem(`"tag" and "proxyTag" differ; give only "proxyTag", the ProxyGroup's tag`, "tag");
  }
  for (const key2 of ["users", "admins", "adminGroups"]) {
    if (raw[key2] !== void 0 && !stringList(raw[key2])) problem(`${JSON.stringify(key2)} must be an array of strings`, key2);
  }
  if (raw.recorder !== void 0) {
    const recorder = raw.recorder;
    if (!isObject(recorder) || typeof recorder.tag !== "string" || !TAG.test(recorder.tag)) {
      problem('"recorder" must be {"tag": "tag:…", "enforce": true|false}', "recorder");
    } else {
      for (const key2 of Object.keys(recorder)) {
        if (!RECORDER_KEYS.includes(key2)) problem(`Unknown key ${JSON.stringify(key2)} in "recorder"; expected "tag" and "enforce"${didYouMean(key2, RECORDER_KEYS)}`, "recorder", key2);
      }
      if (recorder.enforce !== void 0 && typeof recorder.enforce !== "boolean") problem('"recorder.enforce" must be true or false', "recorder", "enforce");
    }
  }
  if (raw.service !== void 0 && (typeof raw.service !== "string" || !raw.service.startsWith("svc:"))) problem('"service" must be a Tailscale Service name such as "svc:my-cluster"', "service");
  if (raw.name !== void 0 && typeof raw.name !== "string") problem('"name" must be a string', "name");
  return problems;
}
function toSetup(raw, source, index = 0) {
  const proxy = raw.proxy;
  const auth = proxy === "cks" ? raw.auth ?? ["tailscale-managed"] : [];
  const mode = proxy === "cks" ? auth.includes("tailscale-managed") ? "auth" : "noauth" : raw.mode ?? "auth";
  const operatorTag = proxy === "cks" ? void 0 : raw.operatorTag ?? (proxy === "operator" ? raw.tag : void 0) ?? DEFAULT_TAGS.operator;
  const proxyTag = proxy === "cks" ? raw.tag ?? DEFAULT_TAGS.cks : proxy === "operator" ? operatorTag : raw.proxyTag ?? raw.tag ?? DEFAULT_TAGS.proxygroup;
  const created = proxy === "operator" ? raw.proxyTag ?? DEFAULT_TAGS.proxygroup : proxyTag;
  const operatorOwned = operatorTag !== void 0 && created !== operatorTag ? [created] : [];
  const ports = proxy === "cks" ? [...new Set(auth.map((a) => CKS_AUTH_PORTS[a]))] : proxy === "operator" ? [443] : [80, 443];
  const recorder = isObject(raw.recorder) ? { tag: raw.recorder.tag, enforce: raw.recorder.enforce === true } : void 0;
  return {
    name: typeof raw.name === "string" ? raw.name : `${proxy}${index > 0 ? `-${index + 1}` : ""}`,
    proxy,
    auth,
    mode,
    proxyTag,
    operatorTag,
    operatorOwned,
    ports,
    users: raw.users ?? [],
    usersListed: raw.users !== void 0,
    admins: raw.admins,
    // system:masters is always an admin group; a declaration adds its own (cluster-admin bindings, say).
    adminGroups: [.../* @__PURE__ */ new Set([MASTERS, ...raw.adminGroups ?? []])],
    recorder,
    service: raw.service,
    inferred: false,
    source
  };
}
function declarationsFromFlags(flags) {
  return flags.map((flag) => {
    const { declaration, problem } = parseKubernetesFlag(flag);
    if (problem) throw new UsageError(problem);
    return { declaration, source: `--kubernetes ${flag}` };
  });
}
function parseKubernetesFlag(flag) {
  const colon = flag.indexOf(":");
  const proxy = colon < 0 ? flag : flag.slice(0, colon);
  const option = colon < 0 ? void 0 : flag.slice(colon + 1);
  if (!PROXY_KINDS.includes(proxy)) {
    return { problem: `--kubernetes ${flag}: unknown proxy ${JSON.stringify(proxy)}; expected cks, operator or proxygroup${didYouMean(proxy, PROXY_KINDS)}` };
  }
  const declaration = { proxy };
  if (option !== void 0) {
    if (proxy === "cks") {
      const modes = option.split("+");
      const unknown = modes.find((m) => !(m in CKS_AUTH_PORTS));
      if (unknown !== void 0) return { problem: `--kubernetes ${flag}: unknown CKS auth mode ${JSON.stringify(unknown)}; expected tailscale-managed, coreweave-managed or direct` };
      declaration.auth = modes;
    } else {
      if (!MODES2.includes(option)) return { problem: `--kubernetes ${flag}: unknown mode ${JSON.stringify(option)}; expected auth or noauth` };
      declaration.mode = option;
    }
  }
  return { declaration };
}

// src/kubernetes/resolve-setups.ts
function declaredSetups(settings) {
  const raw = settings.kubernetes;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry, i) => {
    if (isObject(entry) && isObject(entry.declaration) && typeof entry.source === "string") return [entry];
    return isObject(entry) ? [{ declaration: entry, source: `kubernetes[${i}]` }] : [];
  });
}
var EVERYONE = /* @__PURE__ */ new Set(["*", "autogroup:danger-all"]);
function inferSetups(model) {
  const grants = kubernetesGrants(model);
  const grantTargets = /* @__PURE__ */ new Set();
  for (const grant of grants) for (const destination of grant.destinations) grantTargets.add(destination.text);
  const approvers = model.section("autoApprovers");
  const services = isObject(approvers?.value) ? findMember(approvers.value, "services") : void 0;
  const approved = (key2, tag) => {
    const list2 = isObject(services?.value) ? findMember(services.value, key2)?.value : void 0;
    return Array.isArray(list2) && list2.includes(tag);
  };
  const found = [];
  if (model.tags.has(DEFAULT_TAGS.cks) || grantTargets.has(DEFAULT_TAGS.cks)) {
    const target = { tag: DEFAULT_TAGS.cks };
    const auth = Object.keys(CKS_AUTH_PORTS).filter((a) => openingsTo(model, target, CKS_AUTH_PORTS[a], { explicit: true }).length > 0);
    found.push({ proxy: "cks", ...auth.length > 0 && !(auth.length === 1 && auth[0] === "tailscale-managed") ? { auth } : {} });
  }
  const approvesProxyGroup = approved("svc:*", DEFAULT_TAGS.proxygroup) || approved(DEFAULT_TAGS.proxygroup, DEFAULT_TAGS.proxygroup);
  const proxyGroup = grantTargets.has(DEFAULT_TAGS.proxygroup) || approvesProxyGroup && model.tags.has(DEFAULT_TAGS.operator);
  if (proxyGroup) found.push({ proxy: "proxygroup" });
  if (grantTargets.has(DEFAULT_TAGS.operator) || !proxyGroup && model.tags.has(DEFAULT_TAGS.operator)) {
    let owned;
    for (const name of model.tags.keys()) {
      const value = model.tags.valueOf(name);
      if (name !== DEFAULT_TAGS.operator && Array.isArray(value) && value.some((o) => typeof o === "string" && o.trim() === DEFAULT_TAGS.operator)) {
        owned = name;
        break;
      }
    }
    const custom = !model.tags.has(DEFAULT_TAGS.proxygroup) && owned !== void 0 ? { proxyTag: owned } : {};
    found.push({ proxy: "operator", ...custom });
  }
  return found.map((declaration) => {
    const setup = toSetup(declaration, "inferred");
    const users = new Set(
      grants.filter((g) => g.destinations.some((d) => d.text === setup.proxyTag)).flatMap((g) => g.sources.map((s) => s.text)).filter((s) => !EVERYONE.has(s))
    );
    return { ...setup, users: [...users], inferred: true, source: "inferred" };
  });
}
var cache = /* @__PURE__ */ new WeakMap();
function setupsFor(policy, settings) {
  let bySettings = cache.get(policy);
  if (!bySettings) cache.set(policy, bySettings = /* @__PURE__ */ new WeakMap());
  let setups = bySettings.get(settings);
  if (!setups) {
    setups = Array.isArray(settings.kubernetes) ? declaredSetups(settings).flatMap((d, i) => checkDeclaration(d.declaration, i).length === 0 ? [toSetup(d.declaration, d.source, i)] : []) : inferSetups(modelOf(policy));
    bySettings.set(settings, setups);
  }
  return setups;
}
function declareHint(setup) {
  return setup.inferred ? ` (assumed ${setup.proxy} setup; declare it under "kubernetes" in .tailpolicy.json or pass --kubernetes ${setup.proxy} to check it fully)` : "";
}

// src/kubernetes/advice.ts
function inlineJson(value) {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(", ")}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(", ")}}`;
  return JSON.stringify(value) ?? "null";
}
function memberText(key2, value) {
  return `${JSON.stringify(key2)}: ${inlineJson(value)}`;
}
var KIND_LABELS = { cks: "CKS API-server proxy", operator: "operator's API-server proxy", proxygroup: "ProxyGroup API-server proxy" };
function setupNote(setup) {
  return setup.inferred ? "" : ` (setup ${JSON.stringify(setup.name)})`;
}
function kindLabel(setup) {
  return `the ${KIND_LABELS[setup.proxy]}`;
}
function proxyLabel(setup) {
  return `${kindLabel(setup)} ${JSON.stringify(setup.proxyTag)}${setupNote(setup)}`;
}
function forSetup(setup, message) {
  return setup.inferred ? { message: message + declareHint(setup), severity: "warn" } : { message };
}
function offerEntry(setup, description, op) {
  if (!op) return {};
  const change = { description, ops: [op] };
  return setup.inferred ? { suggestions: [change] } : { fix: change };
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function portList(ports) {
  const names = ports.map((p) => `tcp:${p}`);
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
function existingPrefix(model, keys) {
  const path = [];
  let node = model.root;
  for (let i = 0; i < keys.length; i++) {
    if (!isObject(node)) return { path, missing: keys.slice(i), blocked: true };
    const member = findMember(node, keys[i]);
    if (!member) return { path, missing: keys.slice(i), blocked: false };
    path.push(member.key);
    node = member.value;
  }
  return { path, missing: [], blocked: !isObject(node) };
}
function anchorAt(model, keys, fallback) {
  const { path } = existingPrefix(model, keys);
  if (path.length > 0) return { path, on: "key" };
  if (fallback) return { path: fallback, on: "key" };
  const first = Object.keys(model.root)[0];
  return first === void 0 ? { path: [] } : { path: [first], on: "key" };
}
function insertMember(model, keys, key2, value) {
  const { path, missing, blocked } = existingPrefix(model, keys);
  if (blocked) return void 0;
  if (missing.length === 0) return { op: "insert-property", path, key: key2, value };
  let nested = { [key2]: value };
  for (const name of missing.slice(1).reverse()) nested = { [name]: nested };
  return { op: "insert-property", path, key: missing[0], value: nested };
}
function accessRule(model, sources, dst, ports) {
  const grants = model.section("grants");
  const acls = model.section("acls");
  if (!grants && acls) {
    const rule2 = { action: "accept", src: [...sources], dst: [`${dst}:${ports.join(",")}`] };
    return { text: inlineJson(rule2), section: acls.key, op: Array.isArray(acls.value) ? { op: "append", path: [acls.key], value: rule2 } : void 0 };
  }
  const rule = { src: [...sources], dst: [dst], ip: ports.map((p) => `tcp:${p}`) };
  const op = !grants ? { op: "insert-property", path: [], key: "grants", value: [rule] } : Array.isArray(grants.value) ? { op: "append", path: [grants.key], value: rule } : void 0;
  return { text: inlineJson(rule), section: grants?.key ?? "grants", op };
}
function additionText(model, keys, key2, value) {
  const { path, missing } = existingPrefix(model, keys);
  if (missing.length === 0) return `add ${memberText(key2, value)} to ${JSON.stringify(path.join("."))}`;
  let nested = { [key2]: value };
  for (const name of missing.slice(1).reverse()) nested = { [name]: nested };
  return `add ${memberText(missing[0], nested)} to ${path.length > 0 ? JSON.stringify(path.join(".")) : "the policy"}`;
}

// rules/k8s-admin-groups.ts
var EVERYONE2 = {
  "*": "every device in the tailnet (and approved subnets)",
  "autogroup:danger-all": "every address, even outside the tailnet",
  "autogroup:member": "every member of the tailnet",
  "autogroup:members": "every member of the tailnet",
  "autogroup:tagged": "every tagged device",
  "autogroup:shared": "every user the tailnet shares devices with"
};
var NONE = [];
var MASTERS_ONLY = /* @__PURE__ */ new Set([MASTERS]);
function population(source) {
  if (source.startsWith("user:*@")) return `every user of ${JSON.stringify(source.slice("user:*@".length))}`;
  return EVERYONE2[source];
}
var k8s_admin_groups_default = defineRule({
  id: "k8s-admin-groups",
  description: 'Kubernetes admin groups such as "system:masters" should be impersonated only by the declared admins, never by everyone',
  severity: "warn",
  fixable: false,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const setups = setupsFor(policy, settings);
    for (const grant of kubernetesGrants(model)) {
      const reached = setups.length === 0 ? NONE : setups.filter((s) => grant.destinations.some((d) => namesTarget(d.text, { tag: s.proxyTag, service: s.service })));
      const active = reached.length === 0 ? NONE : reached.filter((s) => s.mode === "auth");
      if (reached.length > 0 && active.length === 0) continue;
      const adminGroups = active.length > 0 ? new Set(active.flatMap((s) => s.adminGroups)) : MASTERS_ONLY;
      let granted;
      for (const { value } of grant.values) {
        const groups = capField(capField(value, "impersonate")?.value, "groups")?.value;
        if (!Array.isArray(groups)) continue;
        for (const g of groups) if (typeof g === "string" && adminGroups.has(g)) (granted ??= /* @__PURE__ */ new Set()).add(g);
      }
      if (!granted) continue;
      const guarded = active.filter((s) => s.admins !== void 0);
      const hint = active.length > 0 && active.every((s) => s.inferred) ? declareHint(active[0]) : "";
      const names = `${granted.size > 1 ? "groups" : "group"} ${[...granted].map((g) => JSON.stringify(g)).join(" and ")}`;
      for (const source of grant.sources) {
        const who = population(source.text);
        if (who !== void 0) {
          report({ path: source.path, message: `${JSON.stringify(source.text)} gives ${who} the Kubernetes ${names}, which bypasses RBAC; grant it to a short list of admins instead${hint}` });
          continue;
        }
        for (const setup of guarded) {
          if (coveredBy(model, source.text, setup.admins)) continue;
          report({
            path: source.path,
            message: `${JSON.stringify(source.text)} gets the Kubernetes ${names} on ${JSON.stringify(setup.proxyTag)} but is not among the admins ${inlineJson(setup.admins)} of setup ${JSON.stringify(setup.name)}; remove it from this grant, or add it to "admins" in ${setup.source}`
          });
          break;
        }
      }
    }
  }
});

// rules/k8s-capability-fields.ts
var FIELDS = ["impersonate", "recorder", "enforceRecorder", "enableEvents"];
var IMPERSONATE_FIELDS = ["groups"];
var RECORDER_ADDRS = "recorderaddrs";
var CAP = JSON.stringify(KUBERNETES_CAP);
function canonical(key2, known) {
  const lower = key2.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower);
}
var k8s_capability_fields_default = defineRule({
  id: "k8s-capability-fields",
  description: 'Values of the "tailscale.com/cap/kubernetes" capability must use only the fields the proxy reads, with the right types',
  severity: "error",
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);
    const rename = (path, from, to) => ({
      suggestions: [{ description: `Rename ${JSON.stringify(from)} to ${JSON.stringify(to)}`, ops: [{ op: "rename-key", path, newKey: to }] }]
    });
    for (const grant of kubernetesGrants(model)) {
      if (grant.legacyName) {
        const clash = grant.otherCaps.includes(KUBERNETES_CAP);
        report({
          path: grant.capPath,
          on: "key",
          message: `${JSON.stringify(grant.capKey)} is the legacy name of the Kubernetes capability, and the control plane rejects capability names with a scheme; ${clash ? `move its values into the ${CAP} entry of this grant` : `rename it to ${CAP}`}`,
          ...clash ? {} : { fix: { description: `Rename to ${CAP}`, ops: [{ op: "rename-key", path: grant.capPath, newKey: KUBERNETES_CAP }] } }
        });
      }
      for (const capability of grant.values) {
        const value = capability.value;
        if (!isObject(value)) continue;
        const keys = Object.keys(value);
        for (const key2 of keys) {
          const field = canonical(key2, FIELDS);
          const fieldValue = value[key2];
          if (field === "impersonate") {
            checkImpersonate(fieldValue, capability, key2);
            continue;
          }
          if (field === "recorder") {
            checkRecorder(fieldValue, capability, key2);
            continue;
          }
          if (field !== void 0 && typeof fieldValue === "boolean") continue;
          const at2 = [...capability.path, key2];
          if (field === void 0) {
            if (key2.toLowerCase() === RECORDER_ADDRS) {
              report({
                path: at2,
                on: "key",
                message: `${JSON.stringify(key2)} is filled in by the control plane from "recorder" and is not written by hand; remove it and name the recorder's tag in "recorder"`,
                suggestions: [{ description: `Remove ${JSON.stringify(key2)}`, ops: [{ op: "remove", path: at2 }] }]
              });
              continue;
            }
            const near = closest(key2, FIELDS);
            const free = near !== void 0 && !keys.some((k) => k.toLowerCase() === near.toLowerCase());
            report({
              path: at2,
              on: "key",
              message: `Unknown field ${JSON.stringify(key2)} in a ${CAP} value is silently ignored by Tailscale; the proxy reads only "impersonate", "recorder", "enforceRecorder" and "enableEvents"${didYouMean(key2, FIELDS)}`,
              ...free ? rename(at2, key2, near) : {}
            });
            continue;
          }
          const text = typeof fieldValue === "string" ? fieldValue.trim().toLowerCase() : void 0;
          const intended = text === "true" ? true : text === "false" ? false : void 0;
          report({
            path: at2,
            message: `${JSON.stringify(key2)} must be true or false, not ${JSON.stringify(fieldValue)}; the proxy cannot read this capability value at all otherwise`,
            ...intended === void 0 ? {} : { suggestions: [{ description: `Write ${intended}`, ops: [{ op: "replace-value", path: at2, value: intended }] }] }
          });
        }
      }
    }
    function checkImpersonate(impersonate, capability, field) {
      const at2 = () => [...capability.path, field];
      if (!isObject(impersonate)) {
        report({ path: at2(), message: `"impersonate" must be an object such as {"groups": ["system:masters"]}, not ${describe(impersonate)}` });
        return;
      }
      const keys = Object.keys(impersonate);
      for (const key2 of keys) {
        const inner = () => [...at2(), key2];
        if (canonical(key2, IMPERSONATE_FIELDS) === void 0) {
          const free = closest(key2, IMPERSONATE_FIELDS) !== void 0 && !keys.some((k) => k.toLowerCase() === "groups");
          report({
            path: inner(),
            on: "key",
            message: `Unknown field ${JSON.stringify(key2)} in "impersonate" is silently ignored by Tailscale; only "groups" is read (the user is always the caller's own identity)${didYouMean(key2, IMPERSONATE_FIELDS)}`,
            ...free ? rename(inner(), key2, "groups") : {}
          });
          continue;
        }
        const groups = impersonate[key2];
        if (!Array.isArray(groups)) {
          report({ path: inner(), message: `"groups" must be an array of Kubernetes group names such as ["system:masters"], not ${describe(groups)}` });
          continue;
        }
        groups.forEach((group, i) => {
          if (typeof group !== "string") report({ path: [...inner(), i], message: `Kubernetes group names are strings, not ${describe(group)}; quote it or remove it` });
        });
      }
    }
    function checkRecorder(recorder, capability, field) {
      const at2 = () => [...capability.path, field];
      if (!Array.isArray(recorder)) {
        report({ path: at2(), message: `"recorder" must be an array holding one recorder tag, such as ["tag:tsrecorder"], not ${describe(recorder)}` });
        return;
      }
      recorder.forEach((tag, i) => {
        const path = () => [...at2(), i];
        if (i > 0) {
          report({ path: path(), message: `"recorder" lists more than one tag and only one is supported; keep one recorder tag` });
          return;
        }
        if (typeof tag !== "string" || !tag.trim().startsWith("tag:")) {
          report({ path: path(), message: `"recorder" names the recorder by its tag, such as "tag:tsrecorder", not ${describe(tag)}` });
          return;
        }
        const name = tag.trim();
        if (!model.tags.has(name)) {
          report({ path: path(), message: `Recorder tag ${JSON.stringify(name)} is not defined in "tagOwners", so no recorder is found; add it there or fix the name${didYouMean(name, [...model.tags.keys()])}` });
        }
      });
    }
  }
});
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}

// rules/k8s-grant-targets.ts
var USER_DEVICES = /* @__PURE__ */ new Set(["user", "domain-users", "group"]);
var NO_IMPERSONATION = {
  operator: "runs in noauth mode, where the proxy passes requests through without impersonation",
  proxygroup: "runs in noauth mode, where the proxy passes requests through without impersonation",
  cks: "uses CoreWeave-managed or direct auth only, where the identity comes from the Cloud Console token or the client certificate"
};
var k8s_grant_targets_default = defineRule({
  id: "k8s-grant-targets",
  description: "Kubernetes capability grants must target the proxy's tag, in a mode that reads them, with a recorder the proxy can reach when recording is enforced",
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const setups = setupsFor(policy, settings);
    const grants = kubernetesGrants(model);
    const proxyTags = [...new Set(setups.map((s) => s.proxyTag))];
    const allInferred = setups.length > 0 && setups.every((s) => s.inferred);
    const general = (message) => allInferred ? forSetup(setups[0], message) : { message };
    for (const grant of grants) {
      if (setups.length > 0) {
        for (const dst of grant.destinations) {
          const selector = classifySelector(dst.text);
          const expected = proxyTags.map((t) => JSON.stringify(t)).join(" or ");
          const replace = proxyTags.length === 1 ? { suggestions: [{ description: `Target ${JSON.stringify(proxyTags[0])}`, ops: [{ op: "replace-value", path: dst.path, value: proxyTags[0] }] }] } : {};
          if (selector.kind === "service") {
            report({
              path: dst.path,
              ...general(`The Kubernetes capability is not delivered through a Tailscale Service such as ${JSON.stringify(dst.text)}: the proxy reads it from its own device's grants; target ${expected}`),
              ...replace
            });
          } else if (selector.kind === "tag" && !proxyTags.includes(selector.text)) {
            report({
              path: dst.path,
              ...general(`${JSON.stringify(dst.text)} is not the tag of a Kubernetes API-server proxy, so the capability has no effect there; target ${expected}${allInferred ? "" : ", or declare the setup that runs under this tag"}`),
              ...replace
            });
          } else if (USER_DEVICES.has(selector.kind) || selector.kind === "autogroup" && selector.text !== "autogroup:tagged") {
            report({
              path: dst.path,
              ...general(`${JSON.stringify(dst.text)} names user devices, never a Kubernetes API-server proxy, so the capability has no effect there; target ${expected}`),
              ...replace
            });
          }
        }
      }
      for (const setup of setups) {
        if (setup.mode !== "noauth" || !grant.destinations.some((d) => namesTargetExplicitly(d.text, { tag: setup.proxyTag }))) continue;
        for (const capability of grant.values) {
          const impersonate = capField(capability.value, "impersonate");
          if (!impersonate) continue;
          report({
            path: [...capability.path, impersonate.key],
            on: "key",
            ...forSetup(setup, `${capitalize(proxyLabel(setup))} ${NO_IMPERSONATION[setup.proxy]}, so "impersonate" has no effect; remove it, or give the groups through Kubernetes RBAC instead`),
            severity: "warn"
          });
        }
      }
      for (const capability of grant.values) {
        const value = capability.value;
        const enforce = capField(value, "enforceRecorder");
        if (enforce?.value !== true) continue;
        const at2 = [...capability.path, enforce.key];
        const recorders = recordersFor(value, grant, grants);
        const lockout = "so the proxy refuses every request (HTTP 403) to everyone this grant covers";
        if (recorders.length === 0) {
          report({ path: at2, on: "key", message: `"enforceRecorder" is true but no recorder is named, ${lockout}; name the recorder's tag in "recorder", or remove "enforceRecorder"` });
          continue;
        }
        const recorder = recorders[0];
        if (!model.tags.has(recorder)) {
          report({ path: at2, on: "key", message: `"enforceRecorder" is true but the recorder tag ${JSON.stringify(recorder)} is not defined in "tagOwners", ${lockout}; define the tag, or remove "enforceRecorder"` });
          continue;
        }
        if (allowsAll(model)) continue;
        const sources = openingsTo(model, { tag: recorder }, 80).flatMap((o) => o.sources.map((s) => s.text));
        for (const { proxy, setup } of proxiesOf(grant, setups)) {
          if (proxy === recorder || coveredBy(model, proxy, sources)) continue;
          const rule = accessRule(model, [proxy], recorder, [80]);
          const message = `"enforceRecorder" is true but the proxy ${JSON.stringify(proxy)} cannot reach the recorder ${JSON.stringify(recorder)} on tcp:80, ${lockout}; add ${rule.text} to ${JSON.stringify(rule.section)}`;
          report({
            path: at2,
            on: "key",
            ...setup ? forSetup(setup, message) : { message },
            ...rule.op ? { suggestions: [{ description: `Add ${rule.text} to "${rule.section}"`, ops: [rule.op] }] } : {}
          });
        }
      }
    }
    for (const setup of setups) {
      if (!setup.recorder) continue;
      const { tag, enforce } = setup.recorder;
      const target = { tag: setup.proxyTag, service: setup.service };
      const values = grants.filter((g) => g.destinations.some((d) => namesTarget(d.text, target))).flatMap((g) => g.values.map((v) => v.value));
      const naming = values.filter((v) => tagsIn(capField(v, "recorder")?.value).includes(tag));
      if (naming.length > 0 && (!enforce || values.some((v) => capField(v, "enforceRecorder")?.value === true))) continue;
      const value = enforce ? { recorder: [tag], enforceRecorder: true } : { recorder: [tag] };
      const grant = { src: setup.users.length > 0 ? setup.users : ["*"], dst: [setup.proxyTag], app: { [KUBERNETES_CAP]: [value] } };
      const section = model.section("grants");
      const allowAll = allowsAll(model);
      const op = allowAll ? void 0 : !section ? { op: "insert-property", path: [], key: "grants", value: [grant] } : Array.isArray(section.value) ? { op: "append", path: [section.key], value: grant } : void 0;
      const what = naming.length > 0 ? `no grant to ${proxyLabel(setup)} sets "enforceRecorder" with its recorder ${JSON.stringify(tag)}, so sessions go unrecorded whenever the recorder is down` : `no grant to ${proxyLabel(setup)} names its recorder ${JSON.stringify(tag)}, so nothing is recorded`;
      report({
        ...anchorAt(model, ["grants"]),
        ...forSetup(
          setup,
          `${capitalize(what)}; add ${inlineJson(grant)} to ${JSON.stringify(section?.key ?? "grants")}${allowAll ? ' (with a "grants" section the policy no longer allows all traffic: add the rules your tailnet needs with it)' : ""}`
        ),
        ...op ? { suggestions: [{ description: `Add a recording grant for ${JSON.stringify(tag)}`, ops: [op] }] } : {}
      });
    }
  }
});
function tagsIn(list2) {
  return Array.isArray(list2) ? list2.filter((t) => typeof t === "string" && t.trim().startsWith("tag:")).map((t) => t.trim()) : [];
}
function recordersFor(value, grant, grants) {
  const own = tagsIn(capField(value, "recorder")?.value);
  if (own.length > 0) return own;
  const destinations = new Set(grant.destinations.map((d) => d.text));
  return grants.filter((g) => g.destinations.some((d) => destinations.has(d.text) || d.text === "*")).flatMap((g) => g.values.flatMap((v) => tagsIn(capField(v.value, "recorder")?.value)));
}
function proxiesOf(grant, setups) {
  const out = /* @__PURE__ */ new Map();
  for (const dst of grant.destinations) {
    if (dst.text.startsWith("tag:")) out.set(dst.text, setups.find((s) => s.proxyTag === dst.text));
  }
  for (const setup of setups) {
    if (!out.has(setup.proxyTag) && grant.destinations.some((d) => namesTarget(d.text, { tag: setup.proxyTag }))) out.set(setup.proxyTag, setup);
  }
  return [...out].map(([proxy, setup]) => ({ proxy, setup: setup?.inferred ? setup : void 0 }));
}

// rules/k8s-proxy-reachable.ts
var CKS_PORT_MODES = {
  [CKS_AUTH_PORTS["tailscale-managed"]]: "Tailscale-managed auth",
  [CKS_AUTH_PORTS["coreweave-managed"]]: "CoreWeave-managed auth",
  [CKS_AUTH_PORTS.direct]: "direct auth"
};
function portsText(setup, ports) {
  if (setup.proxy !== "cks") return portList(ports);
  return ports.map((p) => `${portList([p])} (${CKS_PORT_MODES[p] ?? "auth"})`).join(" and ");
}
var k8s_proxy_reachable_default = defineRule({
  id: "k8s-proxy-reachable",
  description: "Every listed user must reach each Kubernetes API-server proxy on its ports (and the proxy its recorder), and nobody else should",
  severity: "error",
  fixable: false,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    if (allowsAll(model)) return;
    const strict2 = settings.strict === true;
    const section = model.section("grants")?.key ?? model.section("acls")?.key ?? "grants";
    const done = /* @__PURE__ */ new Set();
    const once = (key2) => !done.has(key2) && done.add(key2) !== void 0;
    for (const setup of setupsFor(policy, settings)) {
      const target = { tag: setup.proxyTag, service: setup.service };
      const label = proxyLabel(setup);
      const sourcesByPort = new Map(setup.ports.map((port) => [port, openingsTo(model, target, port).flatMap((o) => o.sources)]));
      if (setup.users.length === 0 && (!setup.inferred || setup.proxy === "cks")) {
        const closed = setup.ports.filter((p) => sourcesByPort.get(p).length === 0);
        if (closed.length > 0 && once(`closed ${setup.proxyTag} ${closed.join()}`)) {
          const example = inlineJson({ src: ["group:…"], dst: [setup.proxyTag], ip: closed.map((p) => `tcp:${p}`) });
          report({
            ...anchorAt(model, [section]),
            ...forSetup(setup, `Nobody can reach ${label} on ${portsText(setup, closed)}; add a rule such as ${example} to ${JSON.stringify(section)} for the people who run kubectl`)
          });
        }
      }
      for (const user of setup.users) {
        const lacking = setup.ports.filter((port) => !coveredBy(model, user, sourcesByPort.get(port).map((s) => s.text)));
        if (lacking.length === 0 || !once(`lacking ${setup.proxyTag} ${user} ${lacking.join()}`)) continue;
        const rule = accessRule(model, [user], setup.proxyTag, lacking);
        report({
          ...placeFor(model, user, target),
          ...forSetup(setup, `${JSON.stringify(user)} cannot reach ${label} on ${portsText(setup, lacking)}; add ${rule.text} to ${JSON.stringify(rule.section)}`),
          ...suggest(`Add ${rule.text} to "${rule.section}"`, rule.op)
        });
      }
      if (setup.usersListed && !setup.inferred) {
        const listed = [...setup.users, ...setup.admins ?? []];
        const extra = /* @__PURE__ */ new Map();
        for (const [port, sources] of sourcesByPort) {
          for (const source of sources) {
            if (coveredBy(model, source.text, listed)) continue;
            const key2 = JSON.stringify(source.path);
            const entry = extra.get(key2) ?? { source, ports: [] };
            entry.ports.push(port);
            extra.set(key2, entry);
          }
        }
        for (const { source, ports } of extra.values()) {
          if (!once(`extra ${setup.proxyTag} ${JSON.stringify(source.path)}`)) continue;
          report({
            path: source.path,
            message: `${JSON.stringify(source.text)} can reach ${label} on ${portsText(setup, ports)} but is not among its users ${inlineJson(setup.users)}; remove it from this rule, or add it to "users" in ${setup.source}`,
            severity: strict2 ? "error" : "warn"
          });
        }
      }
    }
    const uses = recorderUses(model);
    for (const setup of setupsFor(policy, settings)) {
      const target = { tag: setup.proxyTag, service: setup.service };
      const label = proxyLabel(setup);
      const recorders = /* @__PURE__ */ new Map();
      for (const use of uses) {
        if (use.tag.startsWith("tag:") && use.grant.destinations.some((d) => namesTarget(d.text, target)) && !recorders.has(use.tag)) recorders.set(use.tag, use.path);
      }
      if (setup.recorder && !recorders.has(setup.recorder.tag)) recorders.set(setup.recorder.tag, void 0);
      for (const [recorder, at2] of recorders) {
        if (recorder === setup.proxyTag || !model.tags.has(recorder)) continue;
        const sources = openingsTo(model, { tag: recorder }, 80).flatMap((o) => o.sources.map((s) => s.text));
        if (coveredBy(model, setup.proxyTag, sources) || !once(`recorder ${setup.proxyTag} ${recorder}`)) continue;
        const rule = accessRule(model, [setup.proxyTag], recorder, [80]);
        report({
          ...at2 ? { path: at2 } : anchorAt(model, [section]),
          ...forSetup(
            setup,
            `${capitalize(label)} cannot reach its session recorder ${JSON.stringify(recorder)} on tcp:80, so recordings fail (and with "enforceRecorder" every request is refused); add ${rule.text} to ${JSON.stringify(rule.section)}`
          ),
          ...suggest(`Add ${rule.text} to "${rule.section}"`, rule.op)
        });
      }
    }
  }
});
function suggest(description, op) {
  return op ? { suggestions: [{ description, ops: [op] }] } : {};
}
function placeFor(model, user, target) {
  for (const grant of kubernetesGrants(model)) {
    if (!grant.destinations.some((d) => namesTargetExplicitly(d.text, target))) continue;
    const source = grant.sources.find((s) => s.text === user);
    if (source) return { path: source.path };
  }
  return anchorAt(model, [model.section("grants") ? "grants" : "acls"]);
}

// rules/k8s-proxy-tags.ts
var ADMINS_ONLY = /* @__PURE__ */ new Set(["autogroup:admin"]);
var k8s_proxy_tags_default = defineRule({
  id: "k8s-proxy-tags",
  description: 'The tags of each Kubernetes API-server proxy setup must be defined in "tagOwners" with the owners the setup needs',
  severity: "error",
  fixable: true,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const seen = /* @__PURE__ */ new Set();
    const first = (key2) => !seen.has(key2) && seen.add(key2) !== void 0;
    const missing = (setup, tag, owners, why, note = "") => {
      if (!first(`missing ${tag}`)) return;
      const entry = memberText(tag, owners);
      report({
        ...anchorAt(model, ["tagOwners"]),
        ...forSetup(setup, `Tag ${JSON.stringify(tag)} ${why} is not defined; ${additionText(model, ["tagOwners"], tag, owners)}${note}`),
        ...offerEntry(setup, `Add ${entry} to "tagOwners"`, insertMember(model, ["tagOwners"], tag, owners))
      });
    };
    for (const setup of setupsFor(policy, settings)) {
      if (setup.proxy === "cks") {
        const definition = model.tags.get(setup.proxyTag);
        if (!definition) {
          missing(setup, setup.proxyTag, [], `of ${kindLabel(setup)}${setupNote(setup)}`, " (empty, so that only the cluster's trust credential can claim it)");
          continue;
        }
        if (!Array.isArray(definition.value)) continue;
        definition.value.forEach((owner, index) => {
          if (typeof owner !== "string" || ADMINS_ONLY.has(owner.trim()) || !first(`cks owner ${definition.name} ${index}`)) return;
          const path = [...definition.path, index];
          report({
            path,
            ...forSetup(
              setup,
              `${JSON.stringify(owner)} owns ${JSON.stringify(setup.proxyTag)}, so it can make any device ${kindLabel(setup)}${setupNote(setup)} and receive the cluster's API traffic; CoreWeave requires ${memberText(setup.proxyTag, [])} so that only the cluster's trust credential claims it`
            ),
            suggestions: [{ description: `Remove ${JSON.stringify(owner)} from the owners of ${JSON.stringify(setup.proxyTag)}`, ops: [{ op: "remove", path }] }]
          });
        });
        continue;
      }
      const operator = setup.operatorTag;
      if (!model.tags.has(operator)) {
        missing(setup, operator, [], `of the Kubernetes operator${setup.proxy === "operator" ? " and its API-server proxy" : ""}${setupNote(setup)}`);
      }
      for (const tag of setup.operatorOwned) {
        const definition = model.tags.get(tag);
        const why = setup.proxy === "proxygroup" ? `of ${kindLabel(setup)}${setupNote(setup)}` : `of the proxies the Kubernetes operator creates${setupNote(setup)}`;
        if (!definition) {
          missing(setup, tag, [operator], why);
          continue;
        }
        if (!Array.isArray(definition.value)) continue;
        if (definition.value.some((o) => typeof o === "string" && o.trim() === operator) || !first(`owner ${tag}`)) continue;
        report({
          path: definition.path,
          ...forSetup(setup, `Tag ${JSON.stringify(tag)} ${why} is not owned by the operator's tag ${JSON.stringify(operator)}, so the operator cannot create those devices; add ${JSON.stringify(operator)} to its owners`),
          ...offerEntry(setup, `Add ${JSON.stringify(operator)} to the owners of ${JSON.stringify(tag)}`, { op: "append", path: definition.path, value: operator })
        });
      }
    }
    for (const setup of setupsFor(policy, settings)) {
      const recorder = setup.recorder?.tag;
      if (!recorder || model.tags.has(recorder) || !first(`missing ${recorder}`)) continue;
      const byOperator = setup.operatorTag ? [setup.operatorTag] : void 0;
      const where = additionText(model, ["tagOwners"], recorder, byOperator ?? []);
      const forms = byOperator ? `${where} (a Recorder the operator deploys; ${memberText(recorder, [])} for one deployed separately)` : where;
      const suggestions = [byOperator, []].flatMap((owners) => {
        const op = owners && insertMember(model, ["tagOwners"], recorder, owners);
        return op ? [{ description: `Add ${memberText(recorder, owners)} to "tagOwners"`, ops: [op] }] : [];
      });
      report({
        ...anchorAt(model, ["tagOwners"]),
        ...forSetup(setup, `Tag ${JSON.stringify(recorder)} of the session recorder of ${kindLabel(setup)}${setupNote(setup)} is not defined, so no recording can be made; ${forms}`),
        suggestions
      });
    }
  }
});

// rules/k8s-service-approval.ts
var k8s_service_approval_default = defineRule({
  id: "k8s-service-approval",
  description: 'The Tailscale Service of a CKS or ProxyGroup API-server proxy must be auto-approved in "autoApprovers.services"',
  severity: "error",
  fixable: true,
  hasSuggestions: true,
  check({ policy, settings, report }) {
    const model = modelOf(policy);
    const { path: servicesPath, missing: servicesMissing } = existingPrefix(model, ["autoApprovers", "services"]);
    const services = servicesMissing.length === 0 ? serviceEntries(model.root, servicesPath) : [];
    const where = JSON.stringify(servicesPath.join("."));
    const seen = /* @__PURE__ */ new Set();
    for (const setup of setupsFor(policy, settings)) {
      if (setup.proxy === "operator" || seen.has(setup.proxyTag)) continue;
      seen.add(setup.proxyTag);
      const tag = setup.proxyTag;
      const covers2 = (key2) => key2 === "svc:*" || key2 === tag || (setup.service !== void 0 ? key2 === setup.service : key2.startsWith("svc:"));
      const approves = (list2) => Array.isArray(list2) && list2.some((a) => typeof a === "string" && sourceIncludes(model, a.trim(), tag));
      const candidates = services.filter((e) => covers2(e.key));
      if (candidates.some((e) => approves(e.value))) continue;
      const preferred = setup.proxy === "cks" ? tag : setup.service ?? "svc:*";
      const why = `the Tailscale Service of ${proxyLabel(setup)} is not auto-approved, so it stays "pending approval" and serves nobody`;
      const own = candidates.find((e) => e.key === preferred) ?? candidates[0];
      if (own && !Array.isArray(own.value)) continue;
      if (own) {
        report({
          path: [...servicesPath, own.key],
          ...forSetup(setup, `${capitalize(why)}: ${JSON.stringify(own.key)} in ${where} does not list the proxy's tag; add ${JSON.stringify(tag)} to it`),
          ...offerEntry(setup, `Add ${JSON.stringify(tag)} to ${JSON.stringify(own.key)}`, { op: "append", path: [...servicesPath, own.key], value: tag })
        });
        continue;
      }
      const entry = memberText(preferred, [tag]);
      const alternatives = setup.proxy === "cks" ? "" : `; ${memberText(tag, [tag])} works too`;
      report({
        ...anchorAt(model, ["autoApprovers", "services"], model.tags.get(tag)?.path),
        ...forSetup(setup, `${capitalize(why)}; ${additionText(model, ["autoApprovers", "services"], preferred, [tag])}${alternatives}`),
        ...offerEntry(setup, `Add ${entry} to "autoApprovers.services"`, insertMember(model, ["autoApprovers", "services"], preferred, [tag]))
      });
    }
  }
});
function serviceEntries(root, path) {
  let node = root;
  for (const key2 of path) node = isObject(node) ? node[key2] : void 0;
  return isObject(node) ? Object.entries(node).map(([key2, value]) => ({ key: key2, value })) : [];
}

// rules/k8s-session-recording.ts
var RECORDING_FIELDS = /* @__PURE__ */ new Set(["recorder", "enforcerecorder"]);
var k8s_session_recording_default = defineRule({
  id: "k8s-session-recording",
  description: "Kubernetes session recording through tsrecorder is deprecated by Tailscale and needs a replacement",
  severity: "warn",
  fixable: false,
  check({ policy, report }) {
    for (const grant of kubernetesGrants(modelOf(policy))) {
      for (const capability of grant.values) {
        const value = capability.value;
        if (!isObject(value)) continue;
        const key2 = Object.keys(value).find((k) => RECORDING_FIELDS.has(k.toLowerCase()));
        if (key2 === void 0) continue;
        report({
          path: [...capability.path, key2],
          on: "key",
          message: `Recording Kubernetes sessions through tsrecorder is deprecated by Tailscale (closed to new users; support ends in August 2027); plan the move to Tailscale's PAM product, then remove "recorder" and "enforceRecorder" from this ${JSON.stringify(KUBERNETES_CAP)} value`
        });
      }
    }
  }
});

// rules/_kubernetes.ts
var kubernetesRules = [
  k8s_capability_fields_default,
  k8s_proxy_tags_default,
  k8s_service_approval_default,
  k8s_proxy_reachable_default,
  k8s_grant_targets_default,
  k8s_session_recording_default,
  k8s_admin_groups_default
];

// rules/index.ts
var rules = [hujson_compat_default, no_duplicate_keys_default, no_legacy_acl_keys_default, schema_default, canonical_key_case_default, ...referenceRules, ...selectorRules, ...sshAndTestRules, ...kubernetesRules];

// src/config/rule-settings.ts
var metas;
function allRules() {
  return metas ??= new Map([...engineRules, ...rules].map((r) => [r.id, r]));
}
function ruleIds() {
  return new Set(allRules().keys());
}
var NAMES2 = { off: "off", warn: "warn", warning: "warn", error: "error", "0": "off", "1": "warn", "2": "error" };
function refusedSeverity(id, severity) {
  return id === "syntax" && severity !== "error" ? 'a file that does not parse cannot be linted, so "syntax" is always an error' : void 0;
}
function parseSeverity(raw) {
  return typeof raw === "string" || typeof raw === "number" ? NAMES2[String(raw)] : void 0;
}
function resolveSeverities(...layers) {
  const result = /* @__PURE__ */ new Map();
  for (const layer of layers) for (const [id, severity] of Object.entries(layer ?? {})) result.set(id, severity);
  return result;
}

// src/engine/diagnostic.ts
function totals(results) {
  const sum = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of results) {
    sum.errors += r.errorCount;
    sum.warnings += r.warningCount;
    sum.fixableErrors += r.fixableErrorCount;
    sum.fixableWarnings += r.fixableWarningCount;
  }
  return sum;
}
function summarize(filePath, source, messages, output) {
  const result = {
    filePath,
    messages,
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    source
  };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    }
  }
  if (output !== void 0) result.output = output;
  return result;
}

// src/format/github.ts
import { relative, resolve, sep } from "node:path";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function relativePath(cwd, filePath) {
  return relative(cwd, resolve(cwd, filePath)).split(sep).join("/");
}
function workflowCommand(name, message, properties = {}) {
  const props = Object.entries(properties).map(([key2, value]) => `${key2}=${escapeProperty(String(value))}`);
  return `::${name}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message)}
`;
}
function formatGithub(results, context) {
  let out = "";
  for (const result of results) {
    const file = relativePath(context.cwd, result.filePath);
    for (const d of result.messages) {
      out += workflowCommand(d.severity === 2 ? "error" : "warning", d.message, {
        file,
        line: d.line,
        col: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        title: `tailpolicy(${d.ruleId})`
      });
    }
  }
  return out;
}

// src/format/sarif.ts
import { isAbsolute, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { pathToFileURL } from "node:url";

// src/format/format-context.ts
var REPOSITORY_URL = "https://github.com/tailpolicy/tailpolicy";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

// src/format/sarif.ts
var SRCROOT = "%SRCROOT%";
function artifactLocation(cwd, filePath) {
  const absolute = resolve2(cwd, filePath);
  const rel = relative2(cwd, absolute);
  if (isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  const uri = rel.split(sep2).map(encodeURIComponent).join("/");
  return { uri, uriBaseId: SRCROOT };
}
function srcRootUri(cwd) {
  const href = pathToFileURL(resolve2(cwd)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function formatSarif(results, context, version = "0.0.0") {
  const rules2 = [];
  const ruleIndexes = /* @__PURE__ */ new Map();
  const sarifResults = [];
  for (const result of results) {
    const location = artifactLocation(context.cwd, result.filePath);
    for (const d of result.messages) {
      const level = d.severity === 2 ? "error" : "warning";
      let ruleIndex = ruleIndexes.get(d.ruleId);
      if (ruleIndex === void 0) {
        const meta = context.rules.get(d.ruleId);
        ruleIndex = rules2.length;
        ruleIndexes.set(d.ruleId, ruleIndex);
        rules2.push({
          id: d.ruleId,
          name: d.ruleId,
          shortDescription: { text: meta?.description ?? d.ruleId },
          helpUri: ruleDocsUrl(d.ruleId),
          // A rule the context does not know has no default; its first report is the best guess.
          defaultConfiguration: { level: meta ? meta.severity === "error" ? "error" : "warning" : level }
        });
      }
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex,
        level,
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              // Our endColumn is exclusive, which is what SARIF's region.endColumn means too.
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
            }
          }
        ]
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "tailpolicy", informationUri: REPOSITORY_URL, version, rules: rules2 } },
        originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(context.cwd) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/config/find-config.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

// src/config/load-config.ts
import { readFileSync } from "node:fs";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/locate/path-to-range.ts
var DONE = /* @__PURE__ */ Symbol("all paths located");
function clear(node) {
  delete node.value;
  delete node.key;
  for (const child of node.children.values()) clear(child);
}
function locatePaths(text, paths, options = {}) {
  const last = options.occurrence !== "first";
  const root = { children: /* @__PURE__ */ new Map(), wanted: false };
  let pending = 0;
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, next = { children: /* @__PURE__ */ new Map(), wanted: false });
      node = next;
    }
    if (!node.wanted) pending++;
    node.wanted = true;
  }
  const stack = [];
  let atRoot = true;
  const nodeOfNextValue = () => {
    const top = stack[stack.length - 1];
    if (!top) {
      const node = atRoot ? root : void 0;
      atRoot = false;
      return node;
    }
    if (top.isArray) {
      top.index++;
      top.child = top.node?.children.get(top.index);
    }
    return top.child;
  };
  const resolved = (node, range) => {
    if (node.value) return;
    node.value = range;
    if (node.wanted && --pending === 0 && options.stopEarly) throw DONE;
  };
  const begin = (offset, isArray) => {
    stack.push({ node: nodeOfNextValue(), start: offset, isArray, index: -1, child: void 0 });
  };
  const end = (offset) => {
    const frame = stack.pop();
    if (frame.node) resolved(frame.node, { offset: frame.start, length: offset + 1 - frame.start });
  };
  if (pending > 0) {
    try {
      visit2(
        text,
        {
          onObjectBegin: (offset) => begin(offset, false),
          onArrayBegin: (offset) => begin(offset, true),
          onObjectEnd: end,
          onArrayEnd: end,
          onObjectProperty: (name, offset, length) => {
            const top = stack[stack.length - 1];
            const child = top.node?.children.get(name);
            if (child?.key && last) clear(child);
            top.child = child && !child.key ? child : void 0;
            if (top.child) top.child.key = { offset, length };
          },
          onLiteralValue: (_value, offset, length) => {
            const node = nodeOfNextValue();
            if (node) resolved(node, { offset, length });
          }
        },
        { allowTrailingComma: true, disallowComments: false }
      );
    } catch (error) {
      if (error !== DONE) throw error;
    }
  }
  return paths.map((path) => {
    let node = root;
    for (const segment of path) node = node?.children.get(segment);
    if (node?.value) return { value: node.value, key: node.key, exact: true };
    let best = { value: root.value ?? { offset: 0, length: 0 }, key: void 0, exact: false };
    node = root;
    for (const segment of path) {
      node = node.children.get(segment);
      if (!node?.value) break;
      best = { value: node.value, key: node.key, exact: false };
    }
    return best;
  });
}

// src/parse/parse-clean-hujson.ts
var BEFORE = 0;
var KEY = 1;
var COLON = 2;
var VALUE = 3;
var NEXT = 4;
var CLOSED = 5;
function closingQuote(text, open) {
  let close = open;
  for (; ; ) {
    close = text.indexOf('"', close + 1);
    if (close < 0) return -1;
    let backslash = close - 1;
    while (text.charCodeAt(backslash) === 92) backslash--;
    if ((close - 1 - backslash) % 2 === 0) return close;
  }
}
function isDelimiter(code) {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 44 || code === 58 || code === 123 || code === 125 || code === 91 || code === 93 || code === 34 || code === 47;
}
function parseCleanHujson(text, maxDepth) {
  const comments = [];
  const commas = [];
  const members = [];
  const length = text.length;
  let colons = 0;
  let depth = 0;
  let pendingComma = -1;
  let afterValue = false;
  let state = BEFORE;
  let key2 = "";
  let start = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 32:
      case 10:
      case 13:
      case 9:
        i++;
        continue;
      case 47: {
        const second = text.charCodeAt(i + 1);
        let end;
        if (second === 47) {
          end = i + 2;
          for (let c2 = text.charCodeAt(end); end < length && c2 !== 10 && c2 !== 13; c2 = text.charCodeAt(++end)) ;
        } else if (second === 42) {
          end = text.indexOf("*/", i + 2);
          if (end < 0) return void 0;
          end += 2;
        } else return void 0;
        comments.push({ offset: i, length: end - i, text: text.slice(i, end) });
        i = end;
        continue;
      }
      case 34: {
        const close = closingQuote(text, i);
        if (close < 0) return void 0;
        if (depth === 1) {
          if (state === KEY) {
            try {
              key2 = JSON.parse(text.slice(i, close + 1));
            } catch {
              return void 0;
            }
            state = COLON;
          } else if (state === VALUE) {
            members.push({ key: key2, start: i, end: close + 1 });
            state = NEXT;
          } else return void 0;
        } else if (depth === 0) return void 0;
        afterValue = true;
        pendingComma = -1;
        i = close + 1;
        continue;
      }
      case 44:
        if (depth === 1) {
          if (state !== NEXT) return void 0;
          state = KEY;
        } else if (depth === 0) return void 0;
        pendingComma = afterValue ? i : -1;
        afterValue = false;
        i++;
        continue;
      case 58:
        if (depth === 1) {
          if (state !== COLON) return void 0;
          state = VALUE;
        } else if (depth === 0) return void 0;
        colons++;
        afterValue = false;
        pendingComma = -1;
        i++;
        continue;
      case 123:
      case 91:
        if (depth === 0) {
          if (state !== BEFORE || code !== 123) return void 0;
          state = KEY;
        } else if (depth === 1) {
          if (state !== VALUE) return void 0;
          start = i;
        }
        if (++depth > maxDepth) return void 0;
        afterValue = false;
        pendingComma = -1;
        i++;
        continue;
      case 125:
      case 93:
        if (depth === 1) {
          if (code !== 125 || state !== KEY && state !== NEXT) return void 0;
          state = CLOSED;
        } else if (depth === 0) return void 0;
        else if (pendingComma >= 0) commas.push(pendingComma);
        if (--depth === 1) {
          members.push({ key: key2, start, end: i + 1 });
          state = NEXT;
        }
        afterValue = true;
        pendingComma = -1;
        i++;
        continue;
      default: {
        let end = i + 1;
        while (end < length && !isDelimiter(text.charCodeAt(end))) end++;
        if (depth === 1) {
          if (state !== VALUE) return void 0;
          members.push({ key: key2, start: i, end });
          state = NEXT;
        } else if (depth === 0) return void 0;
        afterValue = true;
        pendingComma = -1;
        i = end;
      }
    }
  }
  if (state !== CLOSED) return void 0;
  const root = {};
  let c = 0;
  let m = 0;
  for (const member of members) {
    if (Object.hasOwn(root, member.key)) return void 0;
    while (c < comments.length && comments[c].offset < member.start) c++;
    while (m < commas.length && commas[m] < member.start) m++;
    let c2 = c;
    let m2 = m;
    while (c2 < comments.length && comments[c2].offset < member.end) c2++;
    while (m2 < commas.length && commas[m2] < member.end) m2++;
    const slice = text.slice(member.start, member.end);
    let value;
    try {
      value = JSON.parse(c2 === c && m2 === m ? slice : withoutComments(text, member.start, member.end, comments.slice(c, c2), commas.slice(m, m2)));
    } catch {
      return void 0;
    }
    if (member.key === "__proto__") Object.defineProperty(root, member.key, { value, writable: true, enumerable: true, configurable: true });
    else root[member.key] = value;
    c = c2;
    m = m2;
  }
  if (countMembers(root, true) !== colons) return void 0;
  return { value: root, comments };
}
function withoutComments(text, start, end, comments, commas) {
  const parts = [];
  let at2 = start;
  let c = 0;
  let m = 0;
  while (c < comments.length || m < commas.length) {
    const comment = comments[c];
    const comma = commas[m];
    if (comment !== void 0 && (comma === void 0 || comment.offset < comma)) {
      parts.push(text.slice(at2, comment.offset), " ");
      at2 = comment.offset + comment.length;
      c++;
    } else {
      parts.push(text.slice(at2, comma));
      at2 = comma + 1;
      m++;
    }
  }
  parts.push(text.slice(at2, end));
  return parts.join("");
}
function countMembers(value, fixedPath) {
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "object" && item !== null) count += countMembers(item, false);
    }
    return count;
  }
  if (fixedPath) {
    const keys = ownKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const item = value[keys[i]];
      if (typeof item === "object" && item !== null) count += countMembers(item, true);
    }
    return count + keys.length;
  }
  for (const key2 in value) {
    count++;
    const item = value[key2];
    if (typeof item === "object" && item !== null) count += countMembers(item, false);
  }
  return count;
}

// src/parse/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  text;
  starts = [0];
  position(offset) {
    const line = lastAtOrBefore(this.starts, this.starts.length, offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/parse/parsed-policy.ts
function createParsedPolicy(fields) {
  return new Parsed(fields);
}
var Parsed = class {
  lineIndex;
  constructor(fields) {
    Object.assign(this, fields);
  }
  get lines() {
    return this.lineIndex ??= new LineIndex(this.text);
  }
};

// src/parse/syntax-messages.ts
var CLOSE_BRACE_EXPECTED = 7 /* CloseBraceExpected */;
var CLOSE_BRACKET_EXPECTED = 8 /* CloseBracketExpected */;
var CONTROL_NAMES = { 9: "tab", 10: "line feed", 13: "carriage return", 0: "NUL" };
var ESCAPES = { 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r" };
function showChar(ch) {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 32 || code === 127 || code >= 128 && code < 160 || code === 65279 || code === 65533) {
    return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `"${ch}"`;
}
function previousNonSpace(text, offset) {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c !== " " && c !== "	" && c !== "\n" && c !== "\r") return c;
  }
  return "";
}
function at(offset, length = 1) {
  return { offset, length };
}
function invalidSymbol(text, offset, length) {
  const token = text.slice(offset, offset + length);
  const first = token[0] ?? "";
  const range = at(offset, Math.max(1, length));
  if (first === "'") return { message: "Strings and keys must use double quotes, not single quotes", range };
  if (first === "#") return { message: 'A "#" comment is not allowed in HuJSON; use // or /* */', range: at(offset) };
  if (/^(NaN|-?Infinity)$/.test(token)) return { message: `"${token}" is not a JSON number; write a finite decimal number`, range };
  if ((first === "x" || first === "X") && text[offset - 1] === "0") {
    return { message: "Hexadecimal numbers are not allowed; write the number in decimal", range: at(offset - 1, length + 1) };
  }
  if (first === "+") return { message: 'A number cannot start with "+"; remove it', range: at(offset) };
  if (first === ".") return { message: 'A number must start with a digit; write "0." before the fraction', range: at(offset) };
  if (first === "-") return { message: 'A "-" must be followed by digits', range: at(offset) };
  if (/^[A-Za-z_$]/.test(first)) {
    const prev = previousNonSpace(text, offset);
    if (prev === "{" || prev === ",") return { message: `Keys must be double-quoted strings; write "${token}"`, range };
    return { message: `Unexpected word "${token}"; strings need double quotes, and the only literals are true, false and null`, range };
  }
  return { message: `Unexpected character ${showChar(first)}`, range: at(offset) };
}
function controlCharacter(text, offset, length) {
  for (let i = offset + 1; i < offset + length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32) {
      const name = CONTROL_NAMES[c] ? ` (${CONTROL_NAMES[c]})` : "";
      const fix = ESCAPES[c] ? `write it as "${ESCAPES[c]}"` : `write it as "\\u${c.toString(16).padStart(4, "0")}"`;
      return { message: `A raw control character ${showChar(text[i])}${name} is not allowed in a string; ${fix}`, range: at(i) };
    }
  }
  return { message: "A raw control character is not allowed in a string", range: at(offset, length) };
}
function badEscape(text, offset, length, unicode) {
  for (let i = offset + 1; i < offset + length; i++) {
    if (text[i] !== "\\") continue;
    const next = text[i + 1] ?? "";
    if (unicode && next === "u" && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      return { message: 'A "\\u" escape needs exactly four hex digits', range: at(i, 2) };
    }
    if (!unicode && !'"\\/bfnrtu'.includes(next)) {
      return {
        message: `Invalid escape "\\${next}" in a string; the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
        range: at(i, 2)
      };
    }
    i++;
  }
  return { message: "Invalid escape sequence in a string", range: at(offset, length) };
}
function describeSyntaxError(code, text, offset, length, open) {
  const here = text[offset];
  const atEnd = offset >= text.length;
  const closer = open?.kind === "[" ? "]" : "}";
  switch (code) {
    case 1 /* InvalidSymbol */:
      return invalidSymbol(text, offset, length);
    case 2 /* InvalidNumberFormat */:
    case 13 /* UnexpectedEndOfNumber */:
      return { message: `Invalid number "${text.slice(offset, offset + length)}"; digits must follow "." and "e"`, range: at(offset, length) };
    case 3 /* PropertyNameExpected */:
      return { message: `Expected a double-quoted key${here ? `, found ${showChar(here)}` : ""}`, range: at(offset) };
    case 4 /* ValueExpected */:
      if (atEnd && text.trim() === "") return { message: "The file is empty; a policy file is one JSON object, at least {}", range: at(0, 0) };
      if (atEnd && open === void 0) return { message: "The file holds only comments; a policy file is one JSON object, at least {}", range: at(offset, 0) };
      if (atEnd) return { message: "Unexpected end of file; a value is missing", range: at(offset, 0) };
      return { message: `Expected a value, found ${showChar(here)}`, range: at(offset) };
    case 5 /* ColonExpected */:
      return { message: `Expected ":" after the key${here ? `, found ${showChar(here)}` : ""}`, range: at(offset, atEnd ? 0 : 1) };
    case 6 /* CommaExpected */: {
      if (/[0-9]/.test(here ?? "") && /(^|[^0-9.eE])-?0$/.test(text.slice(Math.max(0, offset - 3), offset))) {
        return { message: "Numbers cannot have leading zeros; remove them", range: at(offset - 1, 2) };
      }
      const found = atEnd ? "the end of the file" : here === '"' ? "a string" : showChar(here);
      return { message: `Expected "," or "${closer}", found ${found}`, range: at(offset, atEnd ? 0 : 1) };
    }
    case 7 /* CloseBraceExpected */:
    case 8 /* CloseBracketExpected */: {
      const start = open && new LineIndex(text).position(open.offset);
      const opener = start ? ` opened at ${start.line}:${start.column}` : "";
      return { message: `Expected "${closer}" to close the ${open?.kind === "[" ? "array" : "object"}${opener}`, range: at(offset, atEnd ? 0 : 1) };
    }
    case 9 /* EndOfFileExpected */:
      return { message: `Only one top-level value is allowed; remove the text from ${showChar(here ?? "")} on`, range: at(offset, length) };
    case 10 /* InvalidCommentToken */:
    case 11 /* UnexpectedEndOfComment */:
      return { message: 'The block comment is never closed; add "*/"', range: at(offset, 2) };
    case 12 /* UnexpectedEndOfString */:
      return { message: 'The string is not closed before the end of the line; add the closing quote or write a line break as "\\n"', range: at(offset, length) };
    case 14 /* InvalidUnicode */:
      return badEscape(text, offset, length, true);
    case 15 /* InvalidEscapeCharacter */:
      return badEscape(text, offset, length, false);
    case 16 /* InvalidCharacter */:
      return controlCharacter(text, offset, length);
    default:
      return { message: "Invalid HuJSON", range: at(offset, length) };
  }
}

// src/parse/parse-hujson.ts
var MAX_DEPTH = 100;
function parseHujson(fileText) {
  const hasBom = fileText.charCodeAt(0) === 65279;
  const text = hasBom ? fileText.slice(1) : fileText;
  const clean = parseCleanHujson(text, MAX_DEPTH);
  if (clean) return createParsedPolicy({ text, hasBom, value: clean.value, syntaxError: void 0, comments: clean.comments, duplicates: [] });
  return parseWithVisit(text, hasBom);
}
function parseWithVisit(text, hasBom = false) {
  const comments = [];
  const duplicates = [];
  const stack = [];
  let root;
  let rootRange = { offset: 0, length: 0 };
  let syntaxError;
  const path = () => stack.slice(0, -1).map((f) => Array.isArray(f.container) ? f.container.length - 1 : f.key);
  const fail = (error) => {
    syntaxError ??= error;
  };
  const put = (value, offset) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      rootRange = { offset, length: 0 };
      return;
    }
    if (Array.isArray(top.container)) {
      top.container.push(value);
      top.key = top.container.length;
    } else if (top.key === "__proto__") {
      Object.defineProperty(top.container, "__proto__", { value, writable: true, enumerable: true, configurable: true });
    } else {
      top.container[top.key] = value;
    }
  };
  const open = (container, offset, kind) => {
    if (syntaxError) return;
    if (stack.length >= MAX_DEPTH) {
      fail({ message: `The value is nested more than ${MAX_DEPTH} levels deep; a policy file never needs this`, range: { offset, length: 1 } });
      return;
    }
    put(container, offset);
    stack.push({ container, key: Array.isArray(container) ? 0 : "", open: { kind, offset } });
  };
  let lastClosed;
  const close = (offset) => {
    if (syntaxError) return;
    const frame = stack.pop();
    lastClosed = frame?.open;
    if (stack.length === 0) rootRange = { offset: rootRange.offset, length: offset + 1 - rootRange.offset };
    const parent = stack[stack.length - 1];
    if (parent && frame && Array.isArray(frame.container) && frame.container.length < 16) {
      const exact = frame.container.slice();
      if (Array.isArray(parent.container)) parent.container[parent.container.length - 1] = exact;
      else parent.container[parent.key] = exact;
    }
  };
  try {
    visit2(
      text,
      {
        onObjectBegin: (offset) => open({}, offset, "{"),
        onArrayBegin: (offset) => open([], offset, "["),
        onObjectEnd: close,
        onArrayEnd: close,
        onObjectProperty: (name, offset, length) => {
          if (syntaxError) return;
          const top = stack[stack.length - 1];
          if (Object.hasOwn(top.container, name)) {
            duplicates.push({ key: name, objectPath: path(), range: { offset, length }, first: { offset, length } });
          }
          top.key = name;
        },
        onLiteralValue: (value, offset, length) => {
          if (syntaxError) return;
          put(value, offset);
          if (stack.length === 0) rootRange = { offset, length };
        },
        onComment: (offset, length) => {
          comments.push({ offset, length, text: text.slice(offset, offset + length) });
        },
        onError: (code, offset, length) => {
          const open2 = code === CLOSE_BRACE_EXPECTED || code === CLOSE_BRACKET_EXPECTED ? lastClosed : stack[stack.length - 1]?.open;
          fail(describeSyntaxError(code, text, offset, length, open2));
        }
      },
      { allowTrailingComma: true, disallowComments: false }
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    fail({ message: `The value is nested too deeply to read; a policy file never needs this`, range: { offset: 0, length: 1 } });
  }
  if (!syntaxError && (root === null || typeof root !== "object" || Array.isArray(root))) {
    const what = Array.isArray(root) ? "an array" : root === null ? "null" : `a ${typeof root}`;
    syntaxError = { message: `The policy must be one JSON object ({ … }), not ${what}`, range: rootRange };
  }
  if (duplicates.length > 0 && !syntaxError) {
    const firsts = locatePaths(text, duplicates.map((d) => [...d.objectPath, d.key]), { occurrence: "first" });
    duplicates.forEach((d, i) => d.first = firsts[i].key ?? d.first);
  }
  return createParsedPolicy({
    text,
    hasBom,
    value: syntaxError ? void 0 : root,
    syntaxError,
    comments,
    duplicates
  });
}

// src/config/load-config.ts
var KEYS2 = ["$schema", "rules", "ignorePatterns", "tailnet", "kubernetes"];
function loadConfig(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`${path}: cannot read the config file (${error.code ?? "error"})`);
  }
  const parsed = parseHujson(text);
  const fail = (message, at2 = [], onKey = false) => {
    const located = locatePaths(parsed.text, [at2], { stopEarly: true })[0];
    const range = onKey ? located.key ?? located.value : located.value;
    const { line, column } = parsed.lines.position(range.offset);
    throw new UsageError(`${path}:${line}:${column}: ${message}`);
  };
  if (parsed.syntaxError) {
    const { line, column } = parsed.lines.position(parsed.syntaxError.range.offset);
    const message = parsed.syntaxError.message.replace(/a policy file is|The policy must be/, (m) => m.startsWith("a") ? "a config file is" : "The config must be");
    throw new UsageError(`${path}:${line}:${column}: ${message}`);
  }
  const duplicate = parsed.duplicates[0];
  if (duplicate) {
    const { line, column } = parsed.lines.position(duplicate.range.offset);
    throw new UsageError(`${path}:${line}:${column}: Duplicate key "${duplicate.key}"; keep one`);
  }
  const value = parsed.value;
  for (const key2 of Object.keys(value)) {
    if (!KEYS2.includes(key2)) fail(`Unknown config key "${key2}"${didYouMean(key2, KEYS2)}; expected one of ${KEYS2.map((k) => `"${k}"`).join(", ")}`, [key2], true);
  }
  const rules2 = {};
  if (value.rules !== void 0) {
    if (!isObject(value.rules)) fail('"rules" must be an object of rule id to "off", "warn" or "error"', ["rules"]);
    for (const [id, raw] of Object.entries(value.rules)) {
      if (!ruleIds().has(id)) fail(`Unknown rule "${id}"${didYouMean(id, ruleIds())}`, ["rules", id], true);
      const severity = parseSeverity(raw);
      if (!severity) fail(`Rule "${id}" has severity ${JSON.stringify(raw)}; expected "off", "warn" or "error"`, ["rules", id]);
      const refused = refusedSeverity(id, severity);
      if (refused) fail(`Rule "${id}": ${refused}`, ["rules", id]);
      rules2[id] = severity;
    }
  }
  let ignorePatterns = [];
  if (value.ignorePatterns !== void 0) {
    if (!Array.isArray(value.ignorePatterns) || !value.ignorePatterns.every((p) => typeof p === "string")) {
      fail('"ignorePatterns" must be an array of glob strings', ["ignorePatterns"]);
    }
    ignorePatterns = value.ignorePatterns;
  }
  if (value.kubernetes !== void 0) {
    if (!Array.isArray(value.kubernetes)) fail('"kubernetes" must be an array of setups such as [{"proxy": "cks"}]', ["kubernetes"]);
    value.kubernetes.forEach((entry, i) => {
      const [problem] = checkDeclaration(entry, i);
      if (problem) fail(problem.message, ["kubernetes", ...problem.path], typeof problem.path.at(-1) === "string" && problem.message.startsWith("Unknown key"));
    });
  }
  const settings = {};
  for (const key2 of ["tailnet", "kubernetes"]) if (value[key2] !== void 0) settings[key2] = value[key2];
  return { path, rules: rules2, settings, ignorePatterns };
}

// src/config/find-config.ts
var CONFIG_NAMES = [".tailpolicy.json", ".tailpolicy.hujson"];
var ConfigFinder = class {
  byDir = /* @__PURE__ */ new Map();
  /** The config for a file in `dir` (absolute), or undefined when none exists up to the root. */
  forDirectory(dir) {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const found = CONFIG_NAMES.map((name) => join(dir, name)).filter((p) => existsSync(p));
    if (found.length > 1) throw new UsageError(`${dir}: both ${CONFIG_NAMES.join(" and ")} exist; keep one`);
    const parent = dirname(dir);
    const config = found[0] ? loadConfig(found[0]) : parent === dir ? void 0 : this.forDirectory(parent);
    this.byDir.set(dir, config);
    return config;
  }
};

// src/files/find-policy-files.ts
import { statSync as statSync2 } from "node:fs";
import { relative as relative3, resolve as resolve3, sep as sep3 } from "node:path";

// src/files/read-source.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";

// src/parse/decode-utf8.ts
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const bad3 = firstInvalidByte(bytes);
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
    const before = strict.decode(bytes.subarray(bom, Math.max(bom, bad3)));
    const position = new LineIndex(before).position(before.length);
    const hex = (bytes[bad3] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return { ok: false, message: `Invalid UTF-8 (byte 0x${hex}); save the file as UTF-8`, position };
  }
}
function firstInvalidByte(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return bytes.length;
}

// src/files/read-source.ts
var REASONS = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory"
};
function ioMessage(path, error) {
  const code = error.code ?? "";
  return `${path}: ${REASONS[code] ?? `cannot read (${code || error.message})`}`;
}
function readSource(path) {
  try {
    const bytes = readFileSync2(path);
    return { decoded: decodeUtf8(bytes), mode: statSync(path).mode };
  } catch (error) {
    throw new UsageError(ioMessage(path, error));
  }
}

// src/files/find-policy-files.ts
var DEFAULT_PATTERNS = ["**/*.hujson", "**/policy.json"];
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
function isGlob(pattern) {
  return /[*?[\]{}!]/.test(pattern);
}
async function findPolicyFiles(patterns, options) {
  const found = /* @__PURE__ */ new Set();
  const globs = [];
  const defaulted = patterns.length === 0;
  for (const arg of defaulted ? DEFAULT_PATTERNS : patterns) {
    const path = resolve3(options.cwd, arg);
    let isDirectory = false;
    try {
      const stat = statSync2(path);
      if (stat.isFile()) {
        found.add(path);
        continue;
      }
      isDirectory = stat.isDirectory();
    } catch (error) {
      if (!isGlob(arg) && !defaulted) throw new UsageError(ioMessage(arg, error));
    }
    if (isDirectory) for (const glob of DEFAULT_PATTERNS) globs.push({ pattern: glob, arg, folder: relative3(options.cwd, path) });
    else globs.push({ pattern: arg, arg });
  }
  if (globs.length > 0) {
    const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
    const ignore = [...ALWAYS_IGNORED, ...options.ignorePatterns ?? []];
    const perArg = /* @__PURE__ */ new Map();
    for (const glob of globs) {
      const pattern = glob.folder ? `${fg.escapePath(glob.folder.split(sep3).join("/"))}/${glob.pattern}` : glob.pattern;
      const matches = await fg(pattern, { cwd: options.cwd, absolute: true, onlyFiles: true, ignore, followSymbolicLinks: false });
      for (const match of matches) found.add(resolve3(match));
      perArg.set(glob.arg, (perArg.get(glob.arg) ?? 0) + matches.length);
    }
    for (const [arg, count] of perArg) {
      if (count === 0 && !defaulted) throw new UsageError(`${arg}: no policy files found (looked for ${DEFAULT_PATTERNS.join(" and ")})`);
    }
  }
  if (found.size === 0) throw new UsageError(`no policy files found in ${options.cwd} (looked for ${DEFAULT_PATTERNS.join(" and ")})`);
  return [...found].sort();
}

// src/files/write-atomic.ts
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname as dirname2, join as join2 } from "node:path";
function writeAtomic(linkOrPath, text, mode) {
  let path = linkOrPath;
  try {
    path = realpathSync(linkOrPath);
  } catch {
  }
  const temp = join2(dirname2(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd;
  try {
    fd = openSync(temp, "wx", mode & 4095);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
    }
    throw new UsageError(`${path}: cannot write the fixed file (${error.code ?? error.message})`);
  }
}

// src/kubernetes/access-of-file.ts
import { spawnSync } from "node:child_process";
import { basename as basename2, dirname as dirname3 } from "node:path";

// src/kubernetes/requirements.ts
var EMPTY = new PolicyModel({});
function strings3(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string").map((v) => v.trim()) : [];
}
function impersonatedGroups(value) {
  const impersonate = findMember(value, "impersonate")?.value;
  return isObject(impersonate) ? strings3(findMember(impersonate, "groups")?.value) : [];
}
function recorderOf(value) {
  return { tags: strings3(findMember(value, "recorder")?.value), enforce: findMember(value, "enforceRecorder")?.value === true };
}

// src/kubernetes/access-report.ts
var ACCESS_REPORT_VERSION = 1;
function portIdentity(setup) {
  const out = {};
  if (setup.proxy === "cks") {
    for (const auth of setup.auth) out[String(CKS_AUTH_PORTS[auth])] = auth === "tailscale-managed" ? "tailscale" : "credentials";
  } else {
    for (const port of setup.ports) out[String(port)] = setup.mode === "auth" ? "tailscale" : "credentials";
  }
  return out;
}
function comparePaths(a, b, model) {
  const rank = (path) => path[0] === model.section("grants")?.key ? 0 : 1;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  for (let i = 1; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
function unique(values) {
  return [...new Set(values)];
}
function setupAccess(model, setup) {
  const target = { tag: setup.proxyTag, service: setup.service };
  const identity = portIdentity(setup);
  const found = [];
  const openings = setup.ports.map((port) => {
    const sources2 = openingsTo(model, target, port).flatMap((o) => o.sources);
    found.push(...sources2);
    return { port, sources: sources2.map((s) => s.text) };
  });
  const capGrants = kubernetesGrants(model).filter((g) => g.destinations.some((d) => namesTarget(d.text, target)));
  for (const g of capGrants) found.push(...g.sources);
  const capRules = capGrants.flatMap(
    (g) => g.values.filter((v) => isObject(v.value)).map((v) => ({ sources: g.sources.map((s) => s.text), value: v.value }))
  );
  const sources = unique([...found].sort((a, b) => comparePaths(a.path, b.path, model)).map((s) => s.text));
  const adminGroups = new Set(setup.adminGroups);
  const rows = sources.map((source) => {
    const ports = openings.filter((o) => coveredBy(model, source, o.sources)).map((o) => o.port);
    const rules2 = capRules.filter((r) => coveredBy(model, source, r.sources));
    const granted = unique(rules2.flatMap((r) => impersonatedGroups(r.value)));
    const tag = source.startsWith("tag:") ? [source] : [];
    const groups = setup.proxy === "cks" ? unique([...granted, ...tag]) : granted.length > 0 ? granted : tag;
    const recorders = unique(rules2.flatMap((r) => recorderOf(r.value).tags));
    const enforced = rules2.some((r) => recorderOf(r.value).enforce);
    const hasTailscalePort = Object.values(identity).includes("tailscale");
    return {
      source,
      members: model.groups.has(source) ? groupMembers(model, source) : null,
      ports,
      groups: hasTailscalePort ? groups : [],
      credentialPorts: ports.filter((p) => identity[String(p)] === "credentials"),
      recording: enforced ? "enforced" : recorders.length > 0 ? "on" : "off",
      recorders,
      admin: hasTailscalePort && groups.some((g) => adminGroups.has(g))
    };
  });
  return {
    name: setup.name,
    proxy: setup.proxy,
    proxyTag: setup.proxyTag,
    mode: setup.mode,
    auth: setup.auth,
    ports: setup.ports,
    adminGroups: setup.adminGroups,
    identity,
    inferred: setup.inferred,
    declaredIn: setup.source,
    rows
  };
}
function accessReport(model, setups) {
  return { version: ACCESS_REPORT_VERSION, setups: setups.map((s) => setupAccess(model, s)) };
}
function rowKey(row) {
  return JSON.stringify(row);
}
function diffAccess(base, head) {
  const names = unique([...head.setups.map((s) => s.name), ...base.setups.map((s) => s.name)]);
  const setups = [];
  for (const name of names) {
    const before = base.setups.find((s) => s.name === name);
    const after = head.setups.find((s) => s.name === name);
    const beforeKeys = new Set((before?.rows ?? []).map(rowKey));
    const afterKeys = new Set((after?.rows ?? []).map(rowKey));
    const added = (after?.rows ?? []).filter((r) => !beforeKeys.has(rowKey(r)));
    const removed = (before?.rows ?? []).filter((r) => !afterKeys.has(rowKey(r)));
    const setup = after ?? before;
    setups.push({ name, proxy: setup.proxy, proxyTag: setup.proxyTag, added, removed });
  }
  return { version: ACCESS_REPORT_VERSION, setups };
}

// src/kubernetes/access-of-file.ts
function reportOf(name, decoded, settings) {
  if (!decoded.ok) throw new UsageError(`${name}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
  const parsed = parseHujson(decoded.text);
  if (parsed.syntaxError) {
    const { line, column } = parsed.lines.position(parsed.syntaxError.range.offset);
    throw new UsageError(`${name}:${line}:${column}: ${parsed.syntaxError.message}`);
  }
  return accessReport(modelOf(parsed), setupsFor(parsed, settings));
}
function kubernetesSettings(flags) {
  return { kubernetes: declarationsFromFlags(flags) };
}
function git(args, cwd) {
  const run2 = spawnSync("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  if (run2.error) {
    const code = run2.error.code;
    throw new UsageError(code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git (${code ?? run2.error.message})`);
  }
  return { status: run2.status, stdout: run2.stdout };
}
function readAtRef(path, ref, shown, label = `--diff-ref ${ref}`) {
  if (ref === "" || ref.startsWith("-")) throw new UsageError(`${label}: expected a commit or branch name`);
  const cwd = dirname3(path);
  if (git(["rev-parse", "--is-inside-work-tree"], cwd).status !== 0) throw new UsageError(`${label}: ${shown} is not in a git repository`);
  if (git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd).status !== 0) throw new UsageError(`${label}: no such commit or branch in the repository of ${shown}`);
  const show = git(["show", `${ref}:./${basename2(path)}`], cwd);
  if (show.status !== 0) throw new UsageError(`${label}: ${shown} does not exist at ${ref}`);
  return decodeUtf8(show.stdout);
}

// src/engine/run-rules.ts
function rangeToPosition(policy, range) {
  const start = policy.lines.position(range.offset);
  const end = policy.lines.position(range.offset + range.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function runRules(policy, options) {
  if (policy.syntaxError) {
    const { message, range } = policy.syntaxError;
    return [{ ruleId: SYNTAX.id, severity: 2, message, ...rangeToPosition(policy, range) }];
  }
  const pending = [];
  const paths = [];
  let current = options.rules[0];
  let configured;
  const context = {
    policy,
    root: policy.value,
    settings: options.settings,
    report(report) {
      const severity = configured ?? report.severity ?? current.severity;
      const entry = { rule: current, severity: severity === "error" ? 2 : 1, report };
      if ("path" in report) entry.at = paths.push(report.path) - 1;
      if (report.related && !("range" in report.related)) entry.related = paths.push(report.related) - 1;
      pending.push(entry);
    }
  };
  for (const rule of options.rules) {
    configured = options.severities.get(rule.id);
    if (configured === "off") continue;
    current = rule;
    try {
      rule.check(context);
    } catch (error) {
      throw new Error(`rule "${rule.id}" failed: ${error.message}`, { cause: error });
    }
  }
  const located = paths.length > 0 ? locatePaths(policy.text, paths, { stopEarly: policy.duplicates.length === 0 }) : [];
  const diagnostics = pending.map((entry) => toDiagnostic(policy, entry, located));
  return sortDiagnostics(dedupe(diagnostics));
}
function pickRange(located, on) {
  if (!located.exact || on === "key") return located.key ?? located.value;
  return located.value;
}
function toDiagnostic(policy, entry, located) {
  const { report, rule } = entry;
  const range = "range" in report ? report.range : pickRange(located[entry.at], report.on ?? "value");
  let message = report.message;
  if (report.related) {
    const other = "range" in report.related ? report.related.range : pickRange(located[entry.related], "key");
    const where = policy.lines.position(other.offset);
    message = message.replace("{related}", `${where.line}:${where.column}`);
  }
  const diagnostic = { ruleId: rule.id, severity: entry.severity, message, ...rangeToPosition(policy, range) };
  if (report.fix) {
    if (!rule.fixable) throw new Error(`rule "${rule.id}" reported a fix but is not marked fixable`);
    diagnostic.fix = report.fix;
  }
  if (report.suggestions?.length) {
    if (!rule.hasSuggestions) throw new Error(`rule "${rule.id}" reported suggestions but does not declare hasSuggestions`);
    diagnostic.suggestions = report.suggestions;
  }
  return diagnostic;
}
function dedupe(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key2 = `${d.ruleId}\0${d.line}\0${d.column}\0${d.endLine}\0${d.endColumn}\0${d.message}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

// src/engine/suppressions.ts
var PATTERN = /^\s*tailpolicy-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*?))?\s*(?:--[^]*)?$/;
function parseDirective(comment, policy) {
  const body = comment.text.startsWith("//") ? comment.text.slice(2) : comment.text.slice(2, -2);
  const match = PATTERN.exec(body);
  if (!match) return void 0;
  const kind = match[1];
  const rules2 = (match[2] ?? "").split(",").map((r) => r.trim()).filter(Boolean);
  const start = policy.lines.position(comment.offset).line;
  const end = policy.lines.position(comment.offset + comment.length).line;
  return { kind, comment, rules: rules2, used: /* @__PURE__ */ new Set(), line: kind === "disable-next-line" ? end + 1 : start };
}
function covers(directive, ruleId) {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}
function applySuppressions(policy, diagnostics, unusedSeverity) {
  if (!policy.text.includes("tailpolicy-")) return diagnostics;
  const directives = [];
  for (const comment of policy.comments) {
    if (!comment.text.includes("tailpolicy-")) continue;
    const directive = parseDirective(comment, policy);
    if (directive) directives.push(directive);
  }
  if (directives.length === 0) return diagnostics;
  const blocks = directives.filter((d) => d.kind === "disable" || d.kind === "enable");
  const kept = diagnostics.filter((diagnostic) => {
    const suppressor = findSuppressor(directives, blocks, diagnostic, policy);
    if (!suppressor) return true;
    suppressor.used.add(diagnostic.ruleId);
    return false;
  });
  if (unusedSeverity === 0) return kept;
  for (const d of directives) {
    if (d.kind === "enable") continue;
    const where = rangeToPosition(policy, d.comment);
    const unused = d.rules.length === 0 ? d.used.size === 0 ? [""] : [] : d.rules.filter((r) => !d.used.has(r));
    for (const rule of unused) {
      const name = `"tailpolicy-${d.kind}"`;
      const message = rule ? `${name} suppresses "${rule}", but no such problem is reported here; remove "${rule}" from it` : `${name} suppresses nothing here; remove it`;
      kept.push({ ruleId: UNUSED_SUPPRESSION.id, severity: unusedSeverity, message, ...where });
    }
  }
  return sortDiagnostics(kept);
}
function findSuppressor(directives, blocks, diagnostic, policy) {
  for (const d of directives) {
    if ((d.kind === "disable-line" || d.kind === "disable-next-line") && d.line === diagnostic.line && covers(d, diagnostic.ruleId)) return d;
  }
  let active;
  for (const d of blocks) {
    const at2 = policy.lines.position(d.comment.offset);
    if (at2.line > diagnostic.line || at2.line === diagnostic.line && at2.column > diagnostic.column) break;
    if (!covers(d, diagnostic.ruleId)) continue;
    active = d.kind === "disable" ? d : void 0;
  }
  return active;
}

// src/engine/lint-policy.ts
function lintParsed(policy, options = {}) {
  const severities = options.severities ?? /* @__PURE__ */ new Map();
  const diagnostics = runRules(policy, { rules: options.rules ?? rules, severities, settings: options.settings ?? {} });
  if (policy.syntaxError) return diagnostics;
  const unused = severities.get(UNUSED_SUPPRESSION.id) ?? UNUSED_SUPPRESSION.severity;
  return applySuppressions(policy, diagnostics, unused === "off" ? 0 : unused === "error" ? 2 : 1);
}

// src/fix/comment-guard.ts
function lineStart(text, offset) {
  return Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
}
function isCommentLine(line) {
  const t = line.trim();
  return t.startsWith("//") || t.startsWith("/*") && t.endsWith("*/");
}
function memberSpan(text, value, key2) {
  let start = key2?.offset ?? value.offset;
  let end = value.offset + value.length;
  let from = lineStart(text, start);
  if (text.slice(from, start).trim() === "") {
    while (from > 0) {
      const previous = lineStart(text, from - 1);
      if (!isCommentLine(text.slice(previous, from))) break;
      from = previous;
    }
    start = Math.min(start, from);
  }
  const rest = /^[ \t]*,?[ \t]*(\/\/[^\r\n]*|\/\*.*?\*\/)/.exec(text.slice(end, end + 1e4));
  if (rest) end += rest[0].length;
  return [start, end];
}
function lostComments(before, after, ops) {
  const edited = ops.filter((op) => op.op === "remove" || op.op === "replace-value");
  const spans = [];
  locatePaths(before.text, edited.map((op) => op.path), { stopEarly: before.duplicates.length === 0 }).forEach((l, i) => {
    if (!l.exact) return;
    spans.push(edited[i].op === "remove" ? memberSpan(before.text, l.value, l.key) : [l.value.offset, l.value.offset + l.value.length]);
  });
  const remaining = /* @__PURE__ */ new Map();
  for (const c of after.comments) remaining.set(c.text, (remaining.get(c.text) ?? 0) + 1);
  for (const c of before.comments) {
    if (spans.some(([s, e]) => c.offset >= s && c.offset < e)) continue;
    const count = remaining.get(c.text) ?? 0;
    if (count === 0) return c.text;
    remaining.set(c.text, count - 1);
  }
  return void 0;
}

// src/fix/fix-loop.ts
var MAX_PASSES = 10;
function chosenFix(diagnostic, kinds) {
  if (kinds.has("fix") && diagnostic.fix) return diagnostic.fix;
  if (kinds.has("suggestion")) return diagnostic.suggestions?.[0];
  return void 0;
}
var SEP = "\0";
function touched(op) {
  switch (op.op) {
    case "insert-property":
      return key([...op.path, op.key]);
    case "append":
      return key([...op.path, `${SEP}end`]);
    case "remove-bom":
    case "add-final-newline":
      return `${SEP}${op.op}`;
    default:
      return key(op.path);
  }
}
function key(path) {
  return path.map((s) => typeof s === "number" ? `#${s}` : `.${s}`).join(SEP) + SEP;
}
function overlaps(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}
function selectOps(diagnostics, kinds) {
  const taken = [];
  const ops = [];
  for (const diagnostic of diagnostics) {
    const fix = chosenFix(diagnostic, kinds);
    if (!fix) continue;
    const keys = fix.ops.map(touched);
    if (keys.some((k) => taken.some((t) => overlaps(k, t)))) continue;
    taken.push(...keys);
    ops.push(...fix.ops);
  }
  return ops;
}
async function fixText(fileText, lint2, kinds) {
  const { applyFixOps: applyFixOps2 } = await Promise.resolve().then(() => (init_edit_policy(), edit_policy_exports));
  let text = fileText;
  let previous;
  let passes = 0;
  let policy = parseHujson(text);
  while (passes < MAX_PASSES) {
    const diagnostics = lint2(policy);
    const ops = selectOps(diagnostics, kinds);
    if (ops.length === 0) return { output: text, changed: text !== fileText, passes, diagnostics };
    passes++;
    let next;
    try {
      next = await applyFixOps2(text, ops);
    } catch (error) {
      return { output: fileText, changed: false, passes, failure: `a fix could not be applied (${error.message})` };
    }
    const reparsed = parseHujson(next);
    if (reparsed.syntaxError) {
      return { output: fileText, changed: false, passes, failure: `the fixes would make the file unparseable (${reparsed.syntaxError.message})` };
    }
    const lost = lostComments(policy, reparsed, ops);
    if (lost) return { output: fileText, changed: false, passes, failure: `the fixes would delete the comment ${JSON.stringify(lost)}` };
    if (next === text || next === previous) break;
    previous = text;
    text = next;
    policy = reparsed;
  }
  return { output: text, changed: text !== fileText, passes };
}

// src/run/lint-file.ts
function lintOptionsFor(options) {
  return {
    severities: resolveSeverities(options.config?.rules, options.ruleFlags),
    settings: options.settings ? { ...options.config?.settings, ...options.settings } : options.config?.settings ?? {}
  };
}
async function lintDecoded(filePath, decoded, options) {
  if (!decoded.ok) {
    const { line, column } = decoded.position;
    const diagnostic = { ruleId: SYNTAX.id, severity: 2, message: decoded.message, line, column, endLine: line, endColumn: column + 1 };
    return { result: summarize(filePath, "", [diagnostic]), original: "" };
  }
  return lintFileText(filePath, decoded.text, options);
}
function lintTextNow(filePath, text, options) {
  return summarize(filePath, text, lintParsed(parseHujson(text), lintOptionsFor(options)));
}
async function lintFileText(filePath, text, options) {
  if (!options.fix?.size) return { result: lintTextNow(filePath, text, options), original: text };
  const lintOptions = lintOptionsFor(options);
  const lint2 = (policy) => lintParsed(policy, lintOptions);
  const outcome = await fixText(text, lint2, options.fix);
  const diagnostics = outcome.diagnostics ?? lint2(parseHujson(outcome.output));
  const result = summarize(filePath, outcome.output, diagnostics, outcome.changed ? outcome.output : void 0);
  return outcome.failure ? { result, original: text, fixFailure: outcome.failure } : { result, original: text };
}

// src/index.ts
import { dirname as dirname4, resolve as resolve4 } from "node:path";
async function lintFiles(patterns, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const explicit = options.config ? loadConfig(resolve4(cwd, options.config)) : void 0;
  const finder = new ConfigFinder();
  const fix = options.fix ? new Set(options.fix === true ? ["fix"] : options.fix) : void 0;
  const settings = {
    ...options.kubernetes?.length ? kubernetesSettings(options.kubernetes) : {},
    ...options.strict ? { strict: true } : {}
  };
  const results = [];
  const ignorePatterns = [...options.ignorePatterns ?? [], ...explicit?.ignorePatterns ?? []];
  for (const filePath of await findPolicyFiles(patterns, { cwd, ignorePatterns })) {
    const { decoded, mode } = readSource(filePath);
    const outcome = await lintDecoded(filePath, decoded, { config: explicit ?? finder.forDirectory(dirname4(filePath)), ruleFlags: options.rules ?? {}, fix, settings });
    if (fix && outcome.result.output !== void 0 && !outcome.fixFailure) writeAtomic(filePath, outcome.result.output, mode);
    results.push(outcome.result);
  }
  return results;
}

// src/action/access-summary.ts
import { dirname as dirname5, resolve as resolve5 } from "node:path";

// src/format/access-common.ts
var PROXY_TITLES = {
  cks: "CoreWeave CKS managed proxy",
  operator: "operator's API server proxy",
  proxygroup: "ProxyGroup API server proxy"
};
var AUTH_TITLES = { "tailscale-managed": "Tailscale Managed Auth", "coreweave-managed": "CoreWeave Managed Auth", direct: "Direct Auth" };
var CREDENTIALS = "identity from the client's own credentials";
function portsText2(ports) {
  return ports.length > 0 ? ports.map((p) => `tcp:${p}`).join(", ") : "none";
}
function modeText(setup) {
  if (setup.proxy === "cks") {
    const ports = [443, 9443, 6443];
    return setup.auth.map((a) => `${AUTH_TITLES[a]} (tcp:${ports[["tailscale-managed", "coreweave-managed", "direct"].indexOf(a)]})`).join(", ");
  }
  return `${setup.mode} mode (${portsText2(setup.ports)})`;
}
function declaredText(setup) {
  return setup.inferred ? `assumed from the policy; declare it with --kubernetes ${setup.proxy} or under "kubernetes" in .tailpolicy.json` : `declared in ${setup.declaredIn}`;
}
function hasTailscaleIdentity(setup) {
  return Object.values(setup.identity).includes("tailscale");
}
function groupParts(setup, row) {
  if (!hasTailscaleIdentity(setup)) return [{ text: CREDENTIALS, note: true }];
  const parts = row.groups.map((g) => setup.adminGroups.includes(g) ? { text: g, admin: true } : { text: g });
  if (parts.length === 0) parts.push({ text: "none (identity only)", note: true });
  if (row.credentialPorts.length > 0) parts.push({ text: `own credentials on ${portsText2(row.credentialPorts)}`, note: true });
  return parts;
}
var NO_SETUPS = 'No Kubernetes proxy setup is declared or found in the policy; declare one with --kubernetes cks|operator|proxygroup or under "kubernetes" in .tailpolicy.json';

// src/format/access-markdown.ts
function mdCode(text) {
  const flat = text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
  if (flat === "") return "(empty)";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "" ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function mdText(text) {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`).replace(/@/g, "@&#8203;");
}
function groupsCell(setup, row) {
  return groupParts(setup, row).map((p) => p.admin ? `**${mdCode(p.text)}** ⚠️` : p.note ? `_${mdText(p.text)}_` : mdCode(p.text)).join(", ");
}
function cells(setup, row) {
  const members = row.members === null ? "" : row.members.length > 0 ? row.members.map(mdCode).join(", ") : "_no members_";
  const recording = row.recording === "off" ? "off" : `${row.recording} (${row.recorders.map(mdCode).join(", ")})`;
  return [mdCode(row.source), members, mdText(portsText2(row.ports)), groupsCell(setup, row), recording];
}
var HEAD = ["Source", "Members", "Ports", "Kubernetes groups", "Recording"];
function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}
function heading(setup) {
  return `### Kubernetes access: ${mdText(setup.name)} (${PROXY_TITLES[setup.proxy]} ${mdText(setup.proxyTag)})`;
}
function formatAccessMarkdown(report) {
  if (report.setups.length === 0) return `${mdText(NO_SETUPS)}
`;
  const blocks = report.setups.map((setup) => {
    const lines = [heading(setup), "", `${mdText(modeText(setup))}; ${mdText(declaredText(setup))}`, ""];
    if (setup.rows.length === 0) lines.push(`Nobody can reach the proxy on ${mdText(portsText2(setup.ports))}.`);
    else lines.push(...table(HEAD, setup.rows.map((row) => cells(setup, row))));
    return lines.join("\n") + "\n";
  });
  return blocks.join("\n");
}
function formatAccessDiffMarkdown(diff, head, base) {
  const changed = diff.setups.filter((s) => s.added.length + s.removed.length > 0);
  if (changed.length === 0) return "No change in Kubernetes access.\n";
  const blocks = changed.map((d) => {
    const setup = head.setups.find((s) => s.name === d.name) ?? base.setups.find((s) => s.name === d.name);
    const baseSetup = base.setups.find((s) => s.name === d.name) ?? setup;
    const rows = [];
    for (const source of [...new Set([...d.removed, ...d.added].map((r) => r.source))]) {
      for (const row of d.removed.filter((r) => r.source === source)) rows.push(["➖ removed", ...cells(baseSetup, row)]);
      for (const row of d.added.filter((r) => r.source === source)) rows.push(["➕ added", ...cells(setup, row)]);
    }
    return [heading(d), "", ...table(["Change", ...HEAD], rows)].join("\n") + "\n";
  });
  return blocks.join("\n");
}

// src/action/access-summary.ts
function accessSummary(results, inputs, env, workspace) {
  const finder = new ConfigFinder();
  const explicit = inputs.config === void 0 ? void 0 : loadConfig(resolve5(workspace, inputs.config));
  const baseRef = env["GITHUB_BASE_REF"] ? `origin/${env["GITHUB_BASE_REF"]}` : void 0;
  const parts = [];
  for (const result of results) {
    if (result.messages.some((m) => m.ruleId === "syntax")) continue;
    const settings = inputs.kubernetes.length > 0 ? kubernetesSettings(inputs.kubernetes) : (explicit ?? finder.forDirectory(dirname5(result.filePath)))?.settings ?? {};
    const shown = relativePath(workspace, result.filePath);
    const head = reportOf(shown, { ok: true, text: result.source }, settings);
    if (head.setups.length === 0) continue;
    parts.push(`### Kubernetes access: ${mdCode(shown)}

${formatAccessMarkdown(head)}`);
    if (!baseRef) continue;
    try {
      const base = reportOf(`${baseRef}:${shown}`, readAtRef(result.filePath, baseRef, shown, "access-report"), settings);
      parts.push(formatAccessDiffMarkdown(diffAccess(base, head), head, base));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      parts.push(`No comparison with the base branch: ${mdText(error.message)}
`);
    }
  }
  return parts.length > 0 ? `${parts.join("\n")}
` : "";
}

// src/action/inputs.ts
var FAIL_ON = ["error", "warning", "never"];
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function getBooleanInput(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input "${name}" must be true or false, got ${JSON.stringify(value)}`);
}
function readInputs(env) {
  const failOn = getInput(env, "fail-on") || "error";
  if (!FAIL_ON.includes(failOn)) {
    throw new UsageError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(failOn)}`);
  }
  const optional = (name) => getInput(env, name) || void 0;
  return {
    // One per line or several on a line: any run of whitespace separates two entries.
    files: getInput(env, "files").split(/\s+/).filter((f) => f !== ""),
    config: optional("config"),
    failOn,
    sarifFile: optional("sarif-file"),
    kubernetes: getInput(env, "kubernetes").split(/\s+/).filter((k) => k !== ""),
    accessReport: getBooleanInput(env, "access-report", false)
  };
}

// src/action/outputs.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync as existsSync2 } from "node:fs";
import { EOL } from "node:os";
function fileFrom(env, variable) {
  const path = env[variable];
  if (!path) return void 0;
  if (!existsSync2(path)) throw new UsageError(`$${variable} names a missing file: ${path}`);
  return path;
}
function outputBlock(name, value, uuid = randomUUID) {
  const delimiter = `ghadelimiter_${uuid()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: the value contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
function setOutput(env, name, value, uuid = randomUUID) {
  const path = fileFrom(env, "GITHUB_OUTPUT");
  if (path) appendFileSync(path, outputBlock(name, value, uuid), "utf8");
}
function appendSummary(env, markdown) {
  const path = fileFrom(env, "GITHUB_STEP_SUMMARY");
  if (path) appendFileSync(path, markdown, "utf8");
}

// src/format/terminal-text.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/action/summary.ts
var MAX_ROWS = 1e3;
var BACKSLASHED = /[\\`*_[\]~|$]/g;
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var ZWJ = "‍";
function escapeCell(text) {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(BACKSLASHED, "\\$&").replace(/[&<>]/g, (c) => ENTITIES[c]).replace(/@/g, `@${ZWJ}`);
}
function renderSummary(results, options) {
  const { errors, warnings } = totals(results);
  const icon = errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅";
  const lines = ["### tailpolicy", "", `${icon} **${plural(errors, "error")}, ${plural(warnings, "warning")}** in ${plural(results.length, "policy file")}`, ""];
  const maxRows = options.maxRows ?? MAX_ROWS;
  const rows = [];
  let total = 0;
  for (const result of results) {
    const file = relativePath(options.cwd, result.filePath);
    for (const d of result.messages) {
      if (total++ >= maxRows) continue;
      const cells2 = [
        escapeCell(`${file}:${d.line}:${d.column}`),
        d.severity === 2 ? "error" : "warning",
        escapeCell(d.message),
        `[${escapeCell(d.ruleId)}](${ruleDocsUrl(encodeURIComponent(d.ruleId))})`
      ];
      rows.push(`| ${cells2.join(" | ")} |`);
    }
  }
  if (total > 0) {
    lines.push("| Location | Severity | Message | Rule |", "| --- | --- | --- | --- |", ...rows, "");
    if (total > rows.length) lines.push(`Only the first ${rows.length} of ${total} problems are listed; the \`sarif-file\` input writes them all.`, "");
  }
  return `${lines.join("\n")}
`;
}

// src/action/main.ts
function toolVersion() {
  if (true) return "0.1.0";
  return JSON.parse(readFileSync3(new URL("../../package.json", import.meta.url), "utf8")).version;
}
async function run(env, cwd, stdout = (text) => void process.stdout.write(text)) {
  try {
    return await lint(readInputs(env), env, resolve6(cwd, env["GITHUB_WORKSPACE"] || "."), stdout);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stdout(workflowCommand("error", `tailpolicy: ${error.message}`, { title: "tailpolicy" }));
    try {
      appendSummary(env, `### tailpolicy

❌ Could not lint: ${escapeCell(error.message)}

`);
    } catch {
    }
    return 2;
  }
}
async function lint(inputs, env, workspace, stdout) {
  const results = await lintFiles(inputs.files, {
    cwd: workspace,
    kubernetes: inputs.kubernetes,
    ...inputs.config === void 0 ? {} : { config: inputs.config }
  });
  const context = { cwd: workspace, rules: allRules(), color: false };
  stdout(formatGithub(results, context));
  let sarifPath = "";
  if (inputs.sarifFile !== void 0) {
    sarifPath = resolve6(workspace, inputs.sarifFile);
    try {
      mkdirSync(dirname6(sarifPath), { recursive: true });
      writeFileSync(sarifPath, formatSarif(results, context, toolVersion()));
    } catch (error) {
      throw new UsageError(`${inputs.sarifFile}: cannot write the SARIF file (${error.code ?? "error"})`);
    }
  }
  const { errors, warnings } = totals(results);
  setOutput(env, "error-count", String(errors));
  setOutput(env, "warning-count", String(warnings));
  setOutput(env, "sarif-file", sarifPath);
  appendSummary(env, renderSummary(results, { cwd: workspace }));
  if (inputs.accessReport) appendSummary(env, accessSummary(results, inputs, env, workspace));
  return failed(inputs.failOn, results) ? 1 : 0;
}
function failed(failOn, results) {
  switch (failOn) {
    case "error":
      return results.some((r) => r.errorCount > 0);
    case "warning":
      return results.some((r) => r.errorCount + r.warningCount > 0);
    case "never":
      return false;
  }
}
function isEntry() {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync2(script) === realpathSync2(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntry()) {
  try {
    process.exitCode = await run(process.env, process.cwd());
  } catch (error) {
    process.stderr.write(`${error?.stack ?? String(error)}
`);
    process.stdout.write(workflowCommand("error", `tailpolicy failed unexpectedly (please report this): ${error?.message ?? String(error)}`, { title: "tailpolicy" }));
    process.exitCode = 2;
  }
}
export {
  run
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/

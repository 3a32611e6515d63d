import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8850:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AddressError = void 0;
class AddressError extends Error {
    constructor(message, parseMessage) {
        super(message);
        this.name = 'AddressError';
        if (parseMessage !== null) {
            this.parseMessage = parseMessage;
        }
    }
}
exports.AddressError = AddressError;
//# sourceMappingURL=address-error.js.map

/***/ }),

/***/ 5864:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isCorrect = exports.isInSubnet = void 0;
function isInSubnet(address) {
    if (this.subnetMask < address.subnetMask) {
        return false;
    }
    if (this.mask(address.subnetMask) === address.mask()) {
        return true;
    }
    return false;
}
exports.isInSubnet = isInSubnet;
function isCorrect(defaultBits) {
    return function () {
        if (this.addressMinusSuffix !== this.correctForm()) {
            return false;
        }
        if (this.subnetMask === defaultBits && !this.parsedSubnet) {
            return true;
        }
        return this.parsedSubnet === String(this.subnetMask);
    };
}
exports.isCorrect = isCorrect;
//# sourceMappingURL=common.js.map

/***/ }),

/***/ 9253:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.v6 = exports.AddressError = exports.Address6 = exports.Address4 = void 0;
const ipv4_1 = __nccwpck_require__(7946);
Object.defineProperty(exports, "Address4", ({ enumerable: true, get: function () { return ipv4_1.Address4; } }));
const ipv6_1 = __nccwpck_require__(8096);
Object.defineProperty(exports, "Address6", ({ enumerable: true, get: function () { return ipv6_1.Address6; } }));
const address_error_1 = __nccwpck_require__(8850);
Object.defineProperty(exports, "AddressError", ({ enumerable: true, get: function () { return address_error_1.AddressError; } }));
const helpers = __importStar(__nccwpck_require__(339));
exports.v6 = { helpers };
//# sourceMappingURL=ip-address.js.map

/***/ }),

/***/ 7946:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* eslint-disable no-param-reassign */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Address4 = void 0;
const common = __importStar(__nccwpck_require__(5864));
const constants = __importStar(__nccwpck_require__(6437));
const address_error_1 = __nccwpck_require__(8850);
const jsbn_1 = __nccwpck_require__(5947);
const sprintf_js_1 = __nccwpck_require__(9973);
/**
 * Represents an IPv4 address
 * @class Address4
 * @param {string} address - An IPv4 address string
 */
class Address4 {
    constructor(address) {
        this.groups = constants.GROUPS;
        this.parsedAddress = [];
        this.parsedSubnet = '';
        this.subnet = '/32';
        this.subnetMask = 32;
        this.v4 = true;
        /**
         * Returns true if the address is correct, false otherwise
         * @memberof Address4
         * @instance
         * @returns {Boolean}
         */
        this.isCorrect = common.isCorrect(constants.BITS);
        /**
         * Returns true if the given address is in the subnet of the current address
         * @memberof Address4
         * @instance
         * @returns {boolean}
         */
        this.isInSubnet = common.isInSubnet;
        this.address = address;
        const subnet = constants.RE_SUBNET_STRING.exec(address);
        if (subnet) {
            this.parsedSubnet = subnet[0].replace('/', '');
            this.subnetMask = parseInt(this.parsedSubnet, 10);
            this.subnet = `/${this.subnetMask}`;
            if (this.subnetMask < 0 || this.subnetMask > constants.BITS) {
                throw new address_error_1.AddressError('Invalid subnet mask.');
            }
            address = address.replace(constants.RE_SUBNET_STRING, '');
        }
        this.addressMinusSuffix = address;
        this.parsedAddress = this.parse(address);
    }
    static isValid(address) {
        try {
            // eslint-disable-next-line no-new
            new Address4(address);
            return true;
        }
        catch (e) {
            return false;
        }
    }
    /*
     * Parses a v4 address
     */
    parse(address) {
        const groups = address.split('.');
        if (!address.match(constants.RE_ADDRESS)) {
            throw new address_error_1.AddressError('Invalid IPv4 address.');
        }
        return groups;
    }
    /**
     * Returns the correct form of an address
     * @memberof Address4
     * @instance
     * @returns {String}
     */
    correctForm() {
        return this.parsedAddress.map((part) => parseInt(part, 10)).join('.');
    }
    /**
     * Converts a hex string to an IPv4 address object
     * @memberof Address4
     * @static
     * @param {string} hex - a hex string to convert
     * @returns {Address4}
     */
    static fromHex(hex) {
        const padded = hex.replace(/:/g, '').padStart(8, '0');
        const groups = [];
        let i;
        for (i = 0; i < 8; i += 2) {
            const h = padded.slice(i, i + 2);
            groups.push(parseInt(h, 16));
        }
        return new Address4(groups.join('.'));
    }
    /**
     * Converts an integer into a IPv4 address object
     * @memberof Address4
     * @static
     * @param {integer} integer - a number to convert
     * @returns {Address4}
     */
    static fromInteger(integer) {
        return Address4.fromHex(integer.toString(16));
    }
    /**
     * Return an address from in-addr.arpa form
     * @memberof Address4
     * @static
     * @param {string} arpaFormAddress - an 'in-addr.arpa' form ipv4 address
     * @returns {Adress4}
     * @example
     * var address = Address4.fromArpa(42.2.0.192.in-addr.arpa.)
     * address.correctForm(); // '192.0.2.42'
     */
    static fromArpa(arpaFormAddress) {
        // remove ending ".in-addr.arpa." or just "."
        const leader = arpaFormAddress.replace(/(\.in-addr\.arpa)?\.$/, '');
        const address = leader.split('.').reverse().join('.');
        return new Address4(address);
    }
    /**
     * Converts an IPv4 address object to a hex string
     * @memberof Address4
     * @instance
     * @returns {String}
     */
    toHex() {
        return this.parsedAddress.map((part) => (0, sprintf_js_1.sprintf)('%02x', parseInt(part, 10))).join(':');
    }
    /**
     * Converts an IPv4 address object to an array of bytes
     * @memberof Address4
     * @instance
     * @returns {Array}
     */
    toArray() {
        return this.parsedAddress.map((part) => parseInt(part, 10));
    }
    /**
     * Converts an IPv4 address object to an IPv6 address group
     * @memberof Address4
     * @instance
     * @returns {String}
     */
    toGroup6() {
        const output = [];
        let i;
        for (i = 0; i < constants.GROUPS; i += 2) {
            const hex = (0, sprintf_js_1.sprintf)('%02x%02x', parseInt(this.parsedAddress[i], 10), parseInt(this.parsedAddress[i + 1], 10));
            output.push((0, sprintf_js_1.sprintf)('%x', parseInt(hex, 16)));
        }
        return output.join(':');
    }
    /**
     * Returns the address as a BigInteger
     * @memberof Address4
     * @instance
     * @returns {BigInteger}
     */
    bigInteger() {
        return new jsbn_1.BigInteger(this.parsedAddress.map((n) => (0, sprintf_js_1.sprintf)('%02x', parseInt(n, 10))).join(''), 16);
    }
    /**
     * Helper function getting start address.
     * @memberof Address4
     * @instance
     * @returns {BigInteger}
     */
    _startAddress() {
        return new jsbn_1.BigInteger(this.mask() + '0'.repeat(constants.BITS - this.subnetMask), 2);
    }
    /**
     * The first address in the range given by this address' subnet.
     * Often referred to as the Network Address.
     * @memberof Address4
     * @instance
     * @returns {Address4}
     */
    startAddress() {
        return Address4.fromBigInteger(this._startAddress());
    }
    /**
     * The first host address in the range given by this address's subnet ie
     * the first address after the Network Address
     * @memberof Address4
     * @instance
     * @returns {Address4}
     */
    startAddressExclusive() {
        const adjust = new jsbn_1.BigInteger('1');
        return Address4.fromBigInteger(this._startAddress().add(adjust));
    }
    /**
     * Helper function getting end address.
     * @memberof Address4
     * @instance
     * @returns {BigInteger}
     */
    _endAddress() {
        return new jsbn_1.BigInteger(this.mask() + '1'.repeat(constants.BITS - this.subnetMask), 2);
    }
    /**
     * The last address in the range given by this address' subnet
     * Often referred to as the Broadcast
     * @memberof Address4
     * @instance
     * @returns {Address4}
     */
    endAddress() {
        return Address4.fromBigInteger(this._endAddress());
    }
    /**
     * The last host address in the range given by this address's subnet ie
     * the last address prior to the Broadcast Address
     * @memberof Address4
     * @instance
     * @returns {Address4}
     */
    endAddressExclusive() {
        const adjust = new jsbn_1.BigInteger('1');
        return Address4.fromBigInteger(this._endAddress().subtract(adjust));
    }
    /**
     * Converts a BigInteger to a v4 address object
     * @memberof Address4
     * @static
     * @param {BigInteger} bigInteger - a BigInteger to convert
     * @returns {Address4}
     */
    static fromBigInteger(bigInteger) {
        return Address4.fromInteger(parseInt(bigInteger.toString(), 10));
    }
    /**
     * Returns the first n bits of the address, defaulting to the
     * subnet mask
     * @memberof Address4
     * @instance
     * @returns {String}
     */
    mask(mask) {
        if (mask === undefined) {
            mask = this.subnetMask;
        }
        return this.getBitsBase2(0, mask);
    }
    /**
     * Returns the bits in the given range as a base-2 string
     * @memberof Address4
     * @instance
     * @returns {string}
     */
    getBitsBase2(start, end) {
        return this.binaryZeroPad().slice(start, end);
    }
    /**
     * Return the reversed ip6.arpa form of the address
     * @memberof Address4
     * @param {Object} options
     * @param {boolean} options.omitSuffix - omit the "in-addr.arpa" suffix
     * @instance
     * @returns {String}
     */
    reverseForm(options) {
        if (!options) {
            options = {};
        }
        const reversed = this.correctForm().split('.').reverse().join('.');
        if (options.omitSuffix) {
            return reversed;
        }
        return (0, sprintf_js_1.sprintf)('%s.in-addr.arpa.', reversed);
    }
    /**
     * Returns true if the given address is a multicast address
     * @memberof Address4
     * @instance
     * @returns {boolean}
     */
    isMulticast() {
        return this.isInSubnet(new Address4('224.0.0.0/4'));
    }
    /**
     * Returns a zero-padded base-2 string representation of the address
     * @memberof Address4
     * @instance
     * @returns {string}
     */
    binaryZeroPad() {
        return this.bigInteger().toString(2).padStart(constants.BITS, '0');
    }
    /**
     * Groups an IPv4 address for inclusion at the end of an IPv6 address
     * @returns {String}
     */
    groupForV6() {
        const segments = this.parsedAddress;
        return this.address.replace(constants.RE_ADDRESS, (0, sprintf_js_1.sprintf)('<span class="hover-group group-v4 group-6">%s</span>.<span class="hover-group group-v4 group-7">%s</span>', segments.slice(0, 2).join('.'), segments.slice(2, 4).join('.')));
    }
}
exports.Address4 = Address4;
//# sourceMappingURL=ipv4.js.map

/***/ }),

/***/ 8096:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* eslint-disable prefer-destructuring */
/* eslint-disable no-param-reassign */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Address6 = void 0;
const common = __importStar(__nccwpck_require__(5864));
const constants4 = __importStar(__nccwpck_require__(6437));
const constants6 = __importStar(__nccwpck_require__(2899));
const helpers = __importStar(__nccwpck_require__(339));
const ipv4_1 = __nccwpck_require__(7946);
const regular_expressions_1 = __nccwpck_require__(2016);
const address_error_1 = __nccwpck_require__(8850);
const jsbn_1 = __nccwpck_require__(5947);
const sprintf_js_1 = __nccwpck_require__(9973);
function assert(condition) {
    if (!condition) {
        throw new Error('Assertion failed.');
    }
}
function addCommas(number) {
    const r = /(\d+)(\d{3})/;
    while (r.test(number)) {
        number = number.replace(r, '$1,$2');
    }
    return number;
}
function spanLeadingZeroes4(n) {
    n = n.replace(/^(0{1,})([1-9]+)$/, '<span class="parse-error">$1</span>$2');
    n = n.replace(/^(0{1,})(0)$/, '<span class="parse-error">$1</span>$2');
    return n;
}
/*
 * A helper function to compact an array
 */
function compact(address, slice) {
    const s1 = [];
    const s2 = [];
    let i;
    for (i = 0; i < address.length; i++) {
        if (i < slice[0]) {
            s1.push(address[i]);
        }
        else if (i > slice[1]) {
            s2.push(address[i]);
        }
    }
    return s1.concat(['compact']).concat(s2);
}
function paddedHex(octet) {
    return (0, sprintf_js_1.sprintf)('%04x', parseInt(octet, 16));
}
function unsignByte(b) {
    // eslint-disable-next-line no-bitwise
    return b & 0xff;
}
/**
 * Represents an IPv6 address
 * @class Address6
 * @param {string} address - An IPv6 address string
 * @param {number} [groups=8] - How many octets to parse
 * @example
 * var address = new Address6('2001::/32');
 */
class Address6 {
    constructor(address, optionalGroups) {
        this.addressMinusSuffix = '';
        this.parsedSubnet = '';
        this.subnet = '/128';
        this.subnetMask = 128;
        this.v4 = false;
        this.zone = '';
        // #region Attributes
        /**
         * Returns true if the given address is in the subnet of the current address
         * @memberof Address6
         * @instance
         * @returns {boolean}
         */
        this.isInSubnet = common.isInSubnet;
        /**
         * Returns true if the address is correct, false otherwise
         * @memberof Address6
         * @instance
         * @returns {boolean}
         */
        this.isCorrect = common.isCorrect(constants6.BITS);
        if (optionalGroups === undefined) {
            this.groups = constants6.GROUPS;
        }
        else {
            this.groups = optionalGroups;
        }
        this.address = address;
        const subnet = constants6.RE_SUBNET_STRING.exec(address);
        if (subnet) {
            this.parsedSubnet = subnet[0].replace('/', '');
            this.subnetMask = parseInt(this.parsedSubnet, 10);
            this.subnet = `/${this.subnetMask}`;
            if (Number.isNaN(this.subnetMask) ||
                this.subnetMask < 0 ||
                this.subnetMask > constants6.BITS) {
                throw new address_error_1.AddressError('Invalid subnet mask.');
            }
            address = address.replace(constants6.RE_SUBNET_STRING, '');
        }
        else if (/\//.test(address)) {
            throw new address_error_1.AddressError('Invalid subnet mask.');
        }
        const zone = constants6.RE_ZONE_STRING.exec(address);
        if (zone) {
            this.zone = zone[0];
            address = address.replace(constants6.RE_ZONE_STRING, '');
        }
        this.addressMinusSuffix = address;
        this.parsedAddress = this.parse(this.addressMinusSuffix);
    }
    static isValid(address) {
        try {
            // eslint-disable-next-line no-new
            new Address6(address);
            return true;
        }
        catch (e) {
            return false;
        }
    }
    /**
     * Convert a BigInteger to a v6 address object
     * @memberof Address6
     * @static
     * @param {BigInteger} bigInteger - a BigInteger to convert
     * @returns {Address6}
     * @example
     * var bigInteger = new BigInteger('1000000000000');
     * var address = Address6.fromBigInteger(bigInteger);
     * address.correctForm(); // '::e8:d4a5:1000'
     */
    static fromBigInteger(bigInteger) {
        const hex = bigInteger.toString(16).padStart(32, '0');
        const groups = [];
        let i;
        for (i = 0; i < constants6.GROUPS; i++) {
            groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new Address6(groups.join(':'));
    }
    /**
     * Convert a URL (with optional port number) to an address object
     * @memberof Address6
     * @static
     * @param {string} url - a URL with optional port number
     * @example
     * var addressAndPort = Address6.fromURL('http://[ffff::]:8080/foo/');
     * addressAndPort.address.correctForm(); // 'ffff::'
     * addressAndPort.port; // 8080
     */
    static fromURL(url) {
        let host;
        let port = null;
        let result;
        // If we have brackets parse them and find a port
        if (url.indexOf('[') !== -1 && url.indexOf(']:') !== -1) {
            result = constants6.RE_URL_WITH_PORT.exec(url);
            if (result === null) {
                return {
                    error: 'failed to parse address with port',
                    address: null,
                    port: null,
                };
            }
            host = result[1];
            port = result[2];
            // If there's a URL extract the address
        }
        else if (url.indexOf('/') !== -1) {
            // Remove the protocol prefix
            url = url.replace(/^[a-z0-9]+:\/\//, '');
            // Parse the address
            result = constants6.RE_URL.exec(url);
            if (result === null) {
                return {
                    error: 'failed to parse address from URL',
                    address: null,
                    port: null,
                };
            }
            host = result[1];
            // Otherwise just assign the URL to the host and let the library parse it
        }
        else {
            host = url;
        }
        // If there's a port convert it to an integer
        if (port) {
            port = parseInt(port, 10);
            // squelch out of range ports
            if (port < 0 || port > 65536) {
                port = null;
            }
        }
        else {
            // Standardize `undefined` to `null`
            port = null;
        }
        return {
            address: new Address6(host),
            port,
        };
    }
    /**
     * Create an IPv6-mapped address given an IPv4 address
     * @memberof Address6
     * @static
     * @param {string} address - An IPv4 address string
     * @returns {Address6}
     * @example
     * var address = Address6.fromAddress4('192.168.0.1');
     * address.correctForm(); // '::ffff:c0a8:1'
     * address.to4in6(); // '::ffff:192.168.0.1'
     */
    static fromAddress4(address) {
        const address4 = new ipv4_1.Address4(address);
        const mask6 = constants6.BITS - (constants4.BITS - address4.subnetMask);
        return new Address6(`::ffff:${address4.correctForm()}/${mask6}`);
    }
    /**
     * Return an address from ip6.arpa form
     * @memberof Address6
     * @static
     * @param {string} arpaFormAddress - an 'ip6.arpa' form address
     * @returns {Adress6}
     * @example
     * var address = Address6.fromArpa(e.f.f.f.3.c.2.6.f.f.f.e.6.6.8.e.1.0.6.7.9.4.e.c.0.0.0.0.1.0.0.2.ip6.arpa.)
     * address.correctForm(); // '2001:0:ce49:7601:e866:efff:62c3:fffe'
     */
    static fromArpa(arpaFormAddress) {
        // remove ending ".ip6.arpa." or just "."
        let address = arpaFormAddress.replace(/(\.ip6\.arpa)?\.$/, '');
        const semicolonAmount = 7;
        // correct ip6.arpa form with ending removed will be 63 characters
        if (address.length !== 63) {
            throw new address_error_1.AddressError("Invalid 'ip6.arpa' form.");
        }
        const parts = address.split('.').reverse();
        for (let i = semicolonAmount; i > 0; i--) {
            const insertIndex = i * 4;
            parts.splice(insertIndex, 0, ':');
        }
        address = parts.join('');
        return new Address6(address);
    }
    /**
     * Return the Microsoft UNC transcription of the address
     * @memberof Address6
     * @instance
     * @returns {String} the Microsoft UNC transcription of the address
     */
    microsoftTranscription() {
        return (0, sprintf_js_1.sprintf)('%s.ipv6-literal.net', this.correctForm().replace(/:/g, '-'));
    }
    /**
     * Return the first n bits of the address, defaulting to the subnet mask
     * @memberof Address6
     * @instance
     * @param {number} [mask=subnet] - the number of bits to mask
     * @returns {String} the first n bits of the address as a string
     */
    mask(mask = this.subnetMask) {
        return this.getBitsBase2(0, mask);
    }
    /**
     * Return the number of possible subnets of a given size in the address
     * @memberof Address6
     * @instance
     * @param {number} [size=128] - the subnet size
     * @returns {String}
     */
    // TODO: probably useful to have a numeric version of this too
    possibleSubnets(subnetSize = 128) {
        const availableBits = constants6.BITS - this.subnetMask;
        const subnetBits = Math.abs(subnetSize - constants6.BITS);
        const subnetPowers = availableBits - subnetBits;
        if (subnetPowers < 0) {
            return '0';
        }
        return addCommas(new jsbn_1.BigInteger('2', 10).pow(subnetPowers).toString(10));
    }
    /**
     * Helper function getting start address.
     * @memberof Address6
     * @instance
     * @returns {BigInteger}
     */
    _startAddress() {
        return new jsbn_1.BigInteger(this.mask() + '0'.repeat(constants6.BITS - this.subnetMask), 2);
    }
    /**
     * The first address in the range given by this address' subnet
     * Often referred to as the Network Address.
     * @memberof Address6
     * @instance
     * @returns {Address6}
     */
    startAddress() {
        return Address6.fromBigInteger(this._startAddress());
    }
    /**
     * The first host address in the range given by this address's subnet ie
     * the first address after the Network Address
     * @memberof Address6
     * @instance
     * @returns {Address6}
     */
    startAddressExclusive() {
        const adjust = new jsbn_1.BigInteger('1');
        return Address6.fromBigInteger(this._startAddress().add(adjust));
    }
    /**
     * Helper function getting end address.
     * @memberof Address6
     * @instance
     * @returns {BigInteger}
     */
    _endAddress() {
        return new jsbn_1.BigInteger(this.mask() + '1'.repeat(constants6.BITS - this.subnetMask), 2);
    }
    /**
     * The last address in the range given by this address' subnet
     * Often referred to as the Broadcast
     * @memberof Address6
     * @instance
     * @returns {Address6}
     */
    endAddress() {
        return Address6.fromBigInteger(this._endAddress());
    }
    /**
     * The last host address in the range given by this address's subnet ie
     * the last address prior to the Broadcast Address
     * @memberof Address6
     * @instance
     * @returns {Address6}
     */
    endAddressExclusive() {
        const adjust = new jsbn_1.BigInteger('1');
        return Address6.fromBigInteger(this._endAddress().subtract(adjust));
    }
    /**
     * Return the scope of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    getScope() {
        let scope = constants6.SCOPES[this.getBits(12, 16).intValue()];
        if (this.getType() === 'Global unicast' && scope !== 'Link local') {
            scope = 'Global';
        }
        return scope || 'Unknown';
    }
    /**
     * Return the type of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    getType() {
        for (const subnet of Object.keys(constants6.TYPES)) {
            if (this.isInSubnet(new Address6(subnet))) {
                return constants6.TYPES[subnet];
            }
        }
        return 'Global unicast';
    }
    /**
     * Return the bits in the given range as a BigInteger
     * @memberof Address6
     * @instance
     * @returns {BigInteger}
     */
    getBits(start, end) {
        return new jsbn_1.BigInteger(this.getBitsBase2(start, end), 2);
    }
    /**
     * Return the bits in the given range as a base-2 string
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    getBitsBase2(start, end) {
        return this.binaryZeroPad().slice(start, end);
    }
    /**
     * Return the bits in the given range as a base-16 string
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    getBitsBase16(start, end) {
        const length = end - start;
        if (length % 4 !== 0) {
            throw new Error('Length of bits to retrieve must be divisible by four');
        }
        return this.getBits(start, end)
            .toString(16)
            .padStart(length / 4, '0');
    }
    /**
     * Return the bits that are set past the subnet mask length
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    getBitsPastSubnet() {
        return this.getBitsBase2(this.subnetMask, constants6.BITS);
    }
    /**
     * Return the reversed ip6.arpa form of the address
     * @memberof Address6
     * @param {Object} options
     * @param {boolean} options.omitSuffix - omit the "ip6.arpa" suffix
     * @instance
     * @returns {String}
     */
    reverseForm(options) {
        if (!options) {
            options = {};
        }
        const characters = Math.floor(this.subnetMask / 4);
        const reversed = this.canonicalForm()
            .replace(/:/g, '')
            .split('')
            .slice(0, characters)
            .reverse()
            .join('.');
        if (characters > 0) {
            if (options.omitSuffix) {
                return reversed;
            }
            return (0, sprintf_js_1.sprintf)('%s.ip6.arpa.', reversed);
        }
        if (options.omitSuffix) {
            return '';
        }
        return 'ip6.arpa.';
    }
    /**
     * Return the correct form of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    correctForm() {
        let i;
        let groups = [];
        let zeroCounter = 0;
        const zeroes = [];
        for (i = 0; i < this.parsedAddress.length; i++) {
            const value = parseInt(this.parsedAddress[i], 16);
            if (value === 0) {
                zeroCounter++;
            }
            if (value !== 0 && zeroCounter > 0) {
                if (zeroCounter > 1) {
                    zeroes.push([i - zeroCounter, i - 1]);
                }
                zeroCounter = 0;
            }
        }
        // Do we end with a string of zeroes?
        if (zeroCounter > 1) {
            zeroes.push([this.parsedAddress.length - zeroCounter, this.parsedAddress.length - 1]);
        }
        const zeroLengths = zeroes.map((n) => n[1] - n[0] + 1);
        if (zeroes.length > 0) {
            const index = zeroLengths.indexOf(Math.max(...zeroLengths));
            groups = compact(this.parsedAddress, zeroes[index]);
        }
        else {
            groups = this.parsedAddress;
        }
        for (i = 0; i < groups.length; i++) {
            if (groups[i] !== 'compact') {
                groups[i] = parseInt(groups[i], 16).toString(16);
            }
        }
        let correct = groups.join(':');
        correct = correct.replace(/^compact$/, '::');
        correct = correct.replace(/^compact|compact$/, ':');
        correct = correct.replace(/compact/, '');
        return correct;
    }
    /**
     * Return a zero-padded base-2 string representation of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     * @example
     * var address = new Address6('2001:4860:4001:803::1011');
     * address.binaryZeroPad();
     * // '0010000000000001010010000110000001000000000000010000100000000011
     * //  0000000000000000000000000000000000000000000000000001000000010001'
     */
    binaryZeroPad() {
        return this.bigInteger().toString(2).padStart(constants6.BITS, '0');
    }
    // TODO: Improve the semantics of this helper function
    parse4in6(address) {
        const groups = address.split(':');
        const lastGroup = groups.slice(-1)[0];
        const address4 = lastGroup.match(constants4.RE_ADDRESS);
        if (address4) {
            this.parsedAddress4 = address4[0];
            this.address4 = new ipv4_1.Address4(this.parsedAddress4);
            for (let i = 0; i < this.address4.groups; i++) {
                if (/^0[0-9]+/.test(this.address4.parsedAddress[i])) {
                    throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.", address.replace(constants4.RE_ADDRESS, this.address4.parsedAddress.map(spanLeadingZeroes4).join('.')));
                }
            }
            this.v4 = true;
            groups[groups.length - 1] = this.address4.toGroup6();
            address = groups.join(':');
        }
        return address;
    }
    // TODO: Make private?
    parse(address) {
        address = this.parse4in6(address);
        const badCharacters = address.match(constants6.RE_BAD_CHARACTERS);
        if (badCharacters) {
            throw new address_error_1.AddressError((0, sprintf_js_1.sprintf)('Bad character%s detected in address: %s', badCharacters.length > 1 ? 's' : '', badCharacters.join('')), address.replace(constants6.RE_BAD_CHARACTERS, '<span class="parse-error">$1</span>'));
        }
        const badAddress = address.match(constants6.RE_BAD_ADDRESS);
        if (badAddress) {
            throw new address_error_1.AddressError((0, sprintf_js_1.sprintf)('Address failed regex: %s', badAddress.join('')), address.replace(constants6.RE_BAD_ADDRESS, '<span class="parse-error">$1</span>'));
        }
        let groups = [];
        const halves = address.split('::');
        if (halves.length === 2) {
            let first = halves[0].split(':');
            let last = halves[1].split(':');
            if (first.length === 1 && first[0] === '') {
                first = [];
            }
            if (last.length === 1 && last[0] === '') {
                last = [];
            }
            const remaining = this.groups - (first.length + last.length);
            if (!remaining) {
                throw new address_error_1.AddressError('Error parsing groups');
            }
            this.elidedGroups = remaining;
            this.elisionBegin = first.length;
            this.elisionEnd = first.length + this.elidedGroups;
            groups = groups.concat(first);
            for (let i = 0; i < remaining; i++) {
                groups.push('0');
            }
            groups = groups.concat(last);
        }
        else if (halves.length === 1) {
            groups = address.split(':');
            this.elidedGroups = 0;
        }
        else {
            throw new address_error_1.AddressError('Too many :: groups found');
        }
        groups = groups.map((group) => (0, sprintf_js_1.sprintf)('%x', parseInt(group, 16)));
        if (groups.length !== this.groups) {
            throw new address_error_1.AddressError('Incorrect number of groups found');
        }
        return groups;
    }
    /**
     * Return the canonical form of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    canonicalForm() {
        return this.parsedAddress.map(paddedHex).join(':');
    }
    /**
     * Return the decimal form of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    decimal() {
        return this.parsedAddress.map((n) => (0, sprintf_js_1.sprintf)('%05d', parseInt(n, 16))).join(':');
    }
    /**
     * Return the address as a BigInteger
     * @memberof Address6
     * @instance
     * @returns {BigInteger}
     */
    bigInteger() {
        return new jsbn_1.BigInteger(this.parsedAddress.map(paddedHex).join(''), 16);
    }
    /**
     * Return the last two groups of this address as an IPv4 address string
     * @memberof Address6
     * @instance
     * @returns {Address4}
     * @example
     * var address = new Address6('2001:4860:4001::1825:bf11');
     * address.to4().correctForm(); // '24.37.191.17'
     */
    to4() {
        const binary = this.binaryZeroPad().split('');
        return ipv4_1.Address4.fromHex(new jsbn_1.BigInteger(binary.slice(96, 128).join(''), 2).toString(16));
    }
    /**
     * Return the v4-in-v6 form of the address
     * @memberof Address6
     * @instance
     * @returns {String}
     */
    to4in6() {
        const address4 = this.to4();
        const address6 = new Address6(this.parsedAddress.slice(0, 6).join(':'), 6);
        const correct = address6.correctForm();
        let infix = '';
        if (!/:$/.test(correct)) {
            infix = ':';
        }
        return correct + infix + address4.address;
    }
    /**
     * Return an object containing the Teredo properties of the address
     * @memberof Address6
     * @instance
     * @returns {Object}
     */
    inspectTeredo() {
        /*
        - Bits 0 to 31 are set to the Teredo prefix (normally 2001:0000::/32).
        - Bits 32 to 63 embed the primary IPv4 address of the Teredo server that
          is used.
        - Bits 64 to 79 can be used to define some flags. Currently only the
          higher order bit is used; it is set to 1 if the Teredo client is
          located behind a cone NAT, 0 otherwise. For Microsoft's Windows Vista
          and Windows Server 2008 implementations, more bits are used. In those
          implementations, the format for these 16 bits is "CRAAAAUG AAAAAAAA",
          where "C" remains the "Cone" flag. The "R" bit is reserved for future
          use. The "U" bit is for the Universal/Local flag (set to 0). The "G" bit
          is Individual/Group flag (set to 0). The A bits are set to a 12-bit
          randomly generated number chosen by the Teredo client to introduce
          additional protection for the Teredo node against IPv6-based scanning
          attacks.
        - Bits 80 to 95 contains the obfuscated UDP port number. This is the
          port number that is mapped by the NAT to the Teredo client with all
          bits inverted.
        - Bits 96 to 127 contains the obfuscated IPv4 address. This is the
          public IPv4 address of the NAT with all bits inverted.
        */
        const prefix = this.getBitsBase16(0, 32);
        const udpPort = this.getBits(80, 96).xor(new jsbn_1.BigInteger('ffff', 16)).toString();
        const server4 = ipv4_1.Address4.fromHex(this.getBitsBase16(32, 64));
        const client4 = ipv4_1.Address4.fromHex(this.getBits(96, 128).xor(new jsbn_1.BigInteger('ffffffff', 16)).toString(16));
        const flags = this.getBits(64, 80);
        const flagsBase2 = this.getBitsBase2(64, 80);
        const coneNat = flags.testBit(15);
        const reserved = flags.testBit(14);
        const groupIndividual = flags.testBit(8);
        const universalLocal = flags.testBit(9);
        const nonce = new jsbn_1.BigInteger(flagsBase2.slice(2, 6) + flagsBase2.slice(8, 16), 2).toString(10);
        return {
            prefix: (0, sprintf_js_1.sprintf)('%s:%s', prefix.slice(0, 4), prefix.slice(4, 8)),
            server4: server4.address,
            client4: client4.address,
            flags: flagsBase2,
            coneNat,
            microsoft: {
                reserved,
                universalLocal,
                groupIndividual,
                nonce,
            },
            udpPort,
        };
    }
    /**
     * Return an object containing the 6to4 properties of the address
     * @memberof Address6
     * @instance
     * @returns {Object}
     */
    inspect6to4() {
        /*
        - Bits 0 to 15 are set to the 6to4 prefix (2002::/16).
        - Bits 16 to 48 embed the IPv4 address of the 6to4 gateway that is used.
        */
        const prefix = this.getBitsBase16(0, 16);
        const gateway = ipv4_1.Address4.fromHex(this.getBitsBase16(16, 48));
        return {
            prefix: (0, sprintf_js_1.sprintf)('%s', prefix.slice(0, 4)),
            gateway: gateway.address,
        };
    }
    /**
     * Return a v6 6to4 address from a v6 v4inv6 address
     * @memberof Address6
     * @instance
     * @returns {Address6}
     */
    to6to4() {
        if (!this.is4()) {
            return null;
        }
        const addr6to4 = [
            '2002',
            this.getBitsBase16(96, 112),
            this.getBitsBase16(112, 128),
            '',
            '/16',
        ].join(':');
        return new Address6(addr6to4);
    }
    /**
     * Return a byte array
     * @memberof Address6
     * @instance
     * @returns {Array}
     */
    toByteArray() {
        const byteArray = this.bigInteger().toByteArray();
        // work around issue where `toByteArray` returns a leading 0 element
        if (byteArray.length === 17 && byteArray[0] === 0) {
            return byteArray.slice(1);
        }
        return byteArray;
    }
    /**
     * Return an unsigned byte array
     * @memberof Address6
     * @instance
     * @returns {Array}
     */
    toUnsignedByteArray() {
        return this.toByteArray().map(unsignByte);
    }
    /**
     * Convert a byte array to an Address6 object
     * @memberof Address6
     * @static
     * @returns {Address6}
     */
    static fromByteArray(bytes) {
        return this.fromUnsignedByteArray(bytes.map(unsignByte));
    }
    /**
     * Convert an unsigned byte array to an Address6 object
     * @memberof Address6
     * @static
     * @returns {Address6}
     */
    static fromUnsignedByteArray(bytes) {
        const BYTE_MAX = new jsbn_1.BigInteger('256', 10);
        let result = new jsbn_1.BigInteger('0', 10);
        let multiplier = new jsbn_1.BigInteger('1', 10);
        for (let i = bytes.length - 1; i >= 0; i--) {
            result = result.add(multiplier.multiply(new jsbn_1.BigInteger(bytes[i].toString(10), 10)));
            multiplier = multiplier.multiply(BYTE_MAX);
        }
        return Address6.fromBigInteger(result);
    }
    /**
     * Returns true if the address is in the canonical form, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    isCanonical() {
        return this.addressMinusSuffix === this.canonicalForm();
    }
    /**
     * Returns true if the address is a link local address, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    isLinkLocal() {
        // Zeroes are required, i.e. we can't check isInSubnet with 'fe80::/10'
        if (this.getBitsBase2(0, 64) ===
            '1111111010000000000000000000000000000000000000000000000000000000') {
            return true;
        }
        return false;
    }
    /**
     * Returns true if the address is a multicast address, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    isMulticast() {
        return this.getType() === 'Multicast';
    }
    /**
     * Returns true if the address is a v4-in-v6 address, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    is4() {
        return this.v4;
    }
    /**
     * Returns true if the address is a Teredo address, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    isTeredo() {
        return this.isInSubnet(new Address6('2001::/32'));
    }
    /**
     * Returns true if the address is a 6to4 address, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    is6to4() {
        return this.isInSubnet(new Address6('2002::/16'));
    }
    /**
     * Returns true if the address is a loopback address, false otherwise
     * @memberof Address6
     * @instance
     * @returns {boolean}
     */
    isLoopback() {
        return this.getType() === 'Loopback';
    }
    // #endregion
    // #region HTML
    /**
     * @returns {String} the address in link form with a default port of 80
     */
    href(optionalPort) {
        if (optionalPort === undefined) {
            optionalPort = '';
        }
        else {
            optionalPort = (0, sprintf_js_1.sprintf)(':%s', optionalPort);
        }
        return (0, sprintf_js_1.sprintf)('http://[%s]%s/', this.correctForm(), optionalPort);
    }
    /**
     * @returns {String} a link suitable for conveying the address via a URL hash
     */
    link(options) {
        if (!options) {
            options = {};
        }
        if (options.className === undefined) {
            options.className = '';
        }
        if (options.prefix === undefined) {
            options.prefix = '/#address=';
        }
        if (options.v4 === undefined) {
            options.v4 = false;
        }
        let formFunction = this.correctForm;
        if (options.v4) {
            formFunction = this.to4in6;
        }
        if (options.className) {
            return (0, sprintf_js_1.sprintf)('<a href="%1$s%2$s" class="%3$s">%2$s</a>', options.prefix, formFunction.call(this), options.className);
        }
        return (0, sprintf_js_1.sprintf)('<a href="%1$s%2$s">%2$s</a>', options.prefix, formFunction.call(this));
    }
    /**
     * Groups an address
     * @returns {String}
     */
    group() {
        if (this.elidedGroups === 0) {
            // The simple case
            return helpers.simpleGroup(this.address).join(':');
        }
        assert(typeof this.elidedGroups === 'number');
        assert(typeof this.elisionBegin === 'number');
        // The elided case
        const output = [];
        const [left, right] = this.address.split('::');
        if (left.length) {
            output.push(...helpers.simpleGroup(left));
        }
        else {
            output.push('');
        }
        const classes = ['hover-group'];
        for (let i = this.elisionBegin; i < this.elisionBegin + this.elidedGroups; i++) {
            classes.push((0, sprintf_js_1.sprintf)('group-%d', i));
        }
        output.push((0, sprintf_js_1.sprintf)('<span class="%s"></span>', classes.join(' ')));
        if (right.length) {
            output.push(...helpers.simpleGroup(right, this.elisionEnd));
        }
        else {
            output.push('');
        }
        if (this.is4()) {
            assert(this.address4 instanceof ipv4_1.Address4);
            output.pop();
            output.push(this.address4.groupForV6());
        }
        return output.join(':');
    }
    // #endregion
    // #region Regular expressions
    /**
     * Generate a regular expression string that can be used to find or validate
     * all variations of this address
     * @memberof Address6
     * @instance
     * @param {boolean} substringSearch
     * @returns {string}
     */
    regularExpressionString(substringSearch = false) {
        let output = [];
        // TODO: revisit why this is necessary
        const address6 = new Address6(this.correctForm());
        if (address6.elidedGroups === 0) {
            // The simple case
            output.push((0, regular_expressions_1.simpleRegularExpression)(address6.parsedAddress));
        }
        else if (address6.elidedGroups === constants6.GROUPS) {
            // A completely elided address
            output.push((0, regular_expressions_1.possibleElisions)(constants6.GROUPS));
        }
        else {
            // A partially elided address
            const halves = address6.address.split('::');
            if (halves[0].length) {
                output.push((0, regular_expressions_1.simpleRegularExpression)(halves[0].split(':')));
            }
            assert(typeof address6.elidedGroups === 'number');
            output.push((0, regular_expressions_1.possibleElisions)(address6.elidedGroups, halves[0].length !== 0, halves[1].length !== 0));
            if (halves[1].length) {
                output.push((0, regular_expressions_1.simpleRegularExpression)(halves[1].split(':')));
            }
            output = [output.join(':')];
        }
        if (!substringSearch) {
            output = [
                '(?=^|',
                regular_expressions_1.ADDRESS_BOUNDARY,
                '|[^\\w\\:])(',
                ...output,
                ')(?=[^\\w\\:]|',
                regular_expressions_1.ADDRESS_BOUNDARY,
                '|$)',
            ];
        }
        return output.join('');
    }
    /**
     * Generate a regular expression that can be used to find or validate all
     * variations of this address.
     * @memberof Address6
     * @instance
     * @param {boolean} substringSearch
     * @returns {RegExp}
     */
    regularExpression(substringSearch = false) {
        return new RegExp(this.regularExpressionString(substringSearch), 'i');
    }
}
exports.Address6 = Address6;
//# sourceMappingURL=ipv6.js.map

/***/ }),

/***/ 6437:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RE_SUBNET_STRING = exports.RE_ADDRESS = exports.GROUPS = exports.BITS = void 0;
exports.BITS = 32;
exports.GROUPS = 4;
exports.RE_ADDRESS = /^(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$/g;
exports.RE_SUBNET_STRING = /\/\d{1,2}$/;
//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RE_URL_WITH_PORT = exports.RE_URL = exports.RE_ZONE_STRING = exports.RE_SUBNET_STRING = exports.RE_BAD_ADDRESS = exports.RE_BAD_CHARACTERS = exports.TYPES = exports.SCOPES = exports.GROUPS = exports.BITS = void 0;
exports.BITS = 128;
exports.GROUPS = 8;
/**
 * Represents IPv6 address scopes
 * @memberof Address6
 * @static
 */
exports.SCOPES = {
    0: 'Reserved',
    1: 'Interface local',
    2: 'Link local',
    4: 'Admin local',
    5: 'Site local',
    8: 'Organization local',
    14: 'Global',
    15: 'Reserved',
};
/**
 * Represents IPv6 address types
 * @memberof Address6
 * @static
 */
exports.TYPES = {
    'ff01::1/128': 'Multicast (All nodes on this interface)',
    'ff01::2/128': 'Multicast (All routers on this interface)',
    'ff02::1/128': 'Multicast (All nodes on this link)',
    'ff02::2/128': 'Multicast (All routers on this link)',
    'ff05::2/128': 'Multicast (All routers in this site)',
    'ff02::5/128': 'Multicast (OSPFv3 AllSPF routers)',
    'ff02::6/128': 'Multicast (OSPFv3 AllDR routers)',
    'ff02::9/128': 'Multicast (RIP routers)',
    'ff02::a/128': 'Multicast (EIGRP routers)',
    'ff02::d/128': 'Multicast (PIM routers)',
    'ff02::16/128': 'Multicast (MLDv2 reports)',
    'ff01::fb/128': 'Multicast (mDNSv6)',
    'ff02::fb/128': 'Multicast (mDNSv6)',
    'ff05::fb/128': 'Multicast (mDNSv6)',
    'ff02::1:2/128': 'Multicast (All DHCP servers and relay agents on this link)',
    'ff05::1:2/128': 'Multicast (All DHCP servers and relay agents in this site)',
    'ff02::1:3/128': 'Multicast (All DHCP servers on this link)',
    'ff05::1:3/128': 'Multicast (All DHCP servers in this site)',
    '::/128': 'Unspecified',
    '::1/128': 'Loopback',
    'ff00::/8': 'Multicast',
    'fe80::/10': 'Link-local unicast',
};
/**
 * A regular expression that matches bad characters in an IPv6 address
 * @memberof Address6
 * @static
 */
exports.RE_BAD_CHARACTERS = /([^0-9a-f:/%])/gi;
/**
 * A regular expression that matches an incorrect IPv6 address
 * @memberof Address6
 * @static
 */
exports.RE_BAD_ADDRESS = /([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\/$)/gi;
/**
 * A regular expression that matches an IPv6 subnet
 * @memberof Address6
 * @static
 */
exports.RE_SUBNET_STRING = /\/\d{1,3}(?=%|$)/;
/**
 * A regular expression that matches an IPv6 zone
 * @memberof Address6
 * @static
 */
exports.RE_ZONE_STRING = /%.*$/;
exports.RE_URL = new RegExp(/^\[{0,1}([0-9a-f:]+)\]{0,1}/);
exports.RE_URL_WITH_PORT = new RegExp(/\[([0-9a-f:]+)\]:([0-9]{1,5})/);
//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 339:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.simpleGroup = exports.spanLeadingZeroes = exports.spanAll = exports.spanAllZeroes = void 0;
const sprintf_js_1 = __nccwpck_require__(9973);
/**
 * @returns {String} the string with all zeroes contained in a <span>
 */
function spanAllZeroes(s) {
    return s.replace(/(0+)/g, '<span class="zero">$1</span>');
}
exports.spanAllZeroes = spanAllZeroes;
/**
 * @returns {String} the string with each character contained in a <span>
 */
function spanAll(s, offset = 0) {
    const letters = s.split('');
    return letters
        .map((n, i) => (0, sprintf_js_1.sprintf)('<span class="digit value-%s position-%d">%s</span>', n, i + offset, spanAllZeroes(n)) // XXX Use #base-2 .value-0 instead?
    )
        .join('');
}
exports.spanAll = spanAll;
function spanLeadingZeroesSimple(group) {
    return group.replace(/^(0+)/, '<span class="zero">$1</span>');
}
/**
 * @returns {String} the string with leading zeroes contained in a <span>
 */
function spanLeadingZeroes(address) {
    const groups = address.split(':');
    return groups.map((g) => spanLeadingZeroesSimple(g)).join(':');
}
exports.spanLeadingZeroes = spanLeadingZeroes;
/**
 * Groups an address
 * @returns {String} a grouped address
 */
function simpleGroup(addressString, offset = 0) {
    const groups = addressString.split(':');
    return groups.map((g, i) => {
        if (/group-v4/.test(g)) {
            return g;
        }
        return (0, sprintf_js_1.sprintf)('<span class="hover-group group-%d">%s</span>', i + offset, spanLeadingZeroesSimple(g));
    });
}
exports.simpleGroup = simpleGroup;
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 2016:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.possibleElisions = exports.simpleRegularExpression = exports.ADDRESS_BOUNDARY = exports.padGroup = exports.groupPossibilities = void 0;
const v6 = __importStar(__nccwpck_require__(2899));
const sprintf_js_1 = __nccwpck_require__(9973);
function groupPossibilities(possibilities) {
    return (0, sprintf_js_1.sprintf)('(%s)', possibilities.join('|'));
}
exports.groupPossibilities = groupPossibilities;
function padGroup(group) {
    if (group.length < 4) {
        return (0, sprintf_js_1.sprintf)('0{0,%d}%s', 4 - group.length, group);
    }
    return group;
}
exports.padGroup = padGroup;
exports.ADDRESS_BOUNDARY = '[^A-Fa-f0-9:]';
function simpleRegularExpression(groups) {
    const zeroIndexes = [];
    groups.forEach((group, i) => {
        const groupInteger = parseInt(group, 16);
        if (groupInteger === 0) {
            zeroIndexes.push(i);
        }
    });
    // You can technically elide a single 0, this creates the regular expressions
    // to match that eventuality
    const possibilities = zeroIndexes.map((zeroIndex) => groups
        .map((group, i) => {
        if (i === zeroIndex) {
            const elision = i === 0 || i === v6.GROUPS - 1 ? ':' : '';
            return groupPossibilities([padGroup(group), elision]);
        }
        return padGroup(group);
    })
        .join(':'));
    // The simplest case
    possibilities.push(groups.map(padGroup).join(':'));
    return groupPossibilities(possibilities);
}
exports.simpleRegularExpression = simpleRegularExpression;
function possibleElisions(elidedGroups, moreLeft, moreRight) {
    const left = moreLeft ? '' : ':';
    const right = moreRight ? '' : ':';
    const possibilities = [];
    // 1. elision of everything (::)
    if (!moreLeft && !moreRight) {
        possibilities.push('::');
    }
    // 2. complete elision of the middle
    if (moreLeft && moreRight) {
        possibilities.push('');
    }
    if ((moreRight && !moreLeft) || (!moreRight && moreLeft)) {
        // 3. complete elision of one side
        possibilities.push(':');
    }
    // 4. elision from the left side
    possibilities.push((0, sprintf_js_1.sprintf)('%s(:0{1,4}){1,%d}', left, elidedGroups - 1));
    // 5. elision from the right side
    possibilities.push((0, sprintf_js_1.sprintf)('(0{1,4}:){1,%d}%s', elidedGroups - 1, right));
    // 6. no elision
    possibilities.push((0, sprintf_js_1.sprintf)('(0{1,4}:){%d}0{1,4}', elidedGroups - 1));
    // 7. elision (including sloppy elision) from the middle
    for (let groups = 1; groups < elidedGroups - 1; groups++) {
        for (let position = 1; position < elidedGroups - groups; position++) {
            possibilities.push((0, sprintf_js_1.sprintf)('(0{1,4}:){%d}:(0{1,4}:){%d}0{1,4}', position, elidedGroups - position - groups - 1));
        }
    }
    return groupPossibilities(possibilities);
}
exports.possibleElisions = possibleElisions;
//# sourceMappingURL=regular-expressions.js.map

/***/ }),

/***/ 5947:
/***/ (function(module, exports) {

(function(){

    // Copyright (c) 2005  Tom Wu
    // All Rights Reserved.
    // See "LICENSE" for details.

    // Basic JavaScript BN library - subset useful for RSA encryption.

    // Bits per digit
    var dbits;

    // JavaScript engine analysis
    var canary = 0xdeadbeefcafe;
    var j_lm = ((canary&0xffffff)==0xefcafe);

    // (public) Constructor
    function BigInteger(a,b,c) {
      if(a != null)
        if("number" == typeof a) this.fromNumber(a,b,c);
        else if(b == null && "string" != typeof a) this.fromString(a,256);
        else this.fromString(a,b);
    }

    // return new, unset BigInteger
    function nbi() { return new BigInteger(null); }

    // am: Compute w_j += (x*this_i), propagate carries,
    // c is initial carry, returns final carry.
    // c < 3*dvalue, x < 2*dvalue, this_i < dvalue
    // We need to select the fastest one that works in this environment.

    // am1: use a single mult and divide to get the high bits,
    // max digit bits should be 26 because
    // max internal value = 2*dvalue^2-2*dvalue (< 2^53)
    function am1(i,x,w,j,c,n) {
      while(--n >= 0) {
        var v = x*this[i++]+w[j]+c;
        c = Math.floor(v/0x4000000);
        w[j++] = v&0x3ffffff;
      }
      return c;
    }
    // am2 avoids a big mult-and-extract completely.
    // Max digit bits should be <= 30 because we do bitwise ops
    // on values up to 2*hdvalue^2-hdvalue-1 (< 2^31)
    function am2(i,x,w,j,c,n) {
      var xl = x&0x7fff, xh = x>>15;
      while(--n >= 0) {
        var l = this[i]&0x7fff;
        var h = this[i++]>>15;
        var m = xh*l+h*xl;
        l = xl*l+((m&0x7fff)<<15)+w[j]+(c&0x3fffffff);
        c = (l>>>30)+(m>>>15)+xh*h+(c>>>30);
        w[j++] = l&0x3fffffff;
      }
      return c;
    }
    // Alternately, set max digit bits to 28 since some
    // browsers slow down when dealing with 32-bit numbers.
    function am3(i,x,w,j,c,n) {
      var xl = x&0x3fff, xh = x>>14;
      while(--n >= 0) {
        var l = this[i]&0x3fff;
        var h = this[i++]>>14;
        var m = xh*l+h*xl;
        l = xl*l+((m&0x3fff)<<14)+w[j]+c;
        c = (l>>28)+(m>>14)+xh*h;
        w[j++] = l&0xfffffff;
      }
      return c;
    }
    var inBrowser = typeof navigator !== "undefined";
    if(inBrowser && j_lm && (navigator.appName == "Microsoft Internet Explorer")) {
      BigInteger.prototype.am = am2;
      dbits = 30;
    }
    else if(inBrowser && j_lm && (navigator.appName != "Netscape")) {
      BigInteger.prototype.am = am1;
      dbits = 26;
    }
    else { // Mozilla/Netscape seems to prefer am3
      BigInteger.prototype.am = am3;
      dbits = 28;
    }

    BigInteger.prototype.DB = dbits;
    BigInteger.prototype.DM = ((1<<dbits)-1);
    BigInteger.prototype.DV = (1<<dbits);

    var BI_FP = 52;
    BigInteger.prototype.FV = Math.pow(2,BI_FP);
    BigInteger.prototype.F1 = BI_FP-dbits;
    BigInteger.prototype.F2 = 2*dbits-BI_FP;

    // Digit conversions
    var BI_RM = "0123456789abcdefghijklmnopqrstuvwxyz";
    var BI_RC = new Array();
    var rr,vv;
    rr = "0".charCodeAt(0);
    for(vv = 0; vv <= 9; ++vv) BI_RC[rr++] = vv;
    rr = "a".charCodeAt(0);
    for(vv = 10; vv < 36; ++vv) BI_RC[rr++] = vv;
    rr = "A".charCodeAt(0);
    for(vv = 10; vv < 36; ++vv) BI_RC[rr++] = vv;

    function int2char(n) { return BI_RM.charAt(n); }
    function intAt(s,i) {
      var c = BI_RC[s.charCodeAt(i)];
      return (c==null)?-1:c;
    }

    // (protected) copy this to r
    function bnpCopyTo(r) {
      for(var i = this.t-1; i >= 0; --i) r[i] = this[i];
      r.t = this.t;
      r.s = this.s;
    }

    // (protected) set from integer value x, -DV <= x < DV
    function bnpFromInt(x) {
      this.t = 1;
      this.s = (x<0)?-1:0;
      if(x > 0) this[0] = x;
      else if(x < -1) this[0] = x+this.DV;
      else this.t = 0;
    }

    // return bigint initialized to value
    function nbv(i) { var r = nbi(); r.fromInt(i); return r; }

    // (protected) set from string and radix
    function bnpFromString(s,b) {
      var k;
      if(b == 16) k = 4;
      else if(b == 8) k = 3;
      else if(b == 256) k = 8; // byte array
      else if(b == 2) k = 1;
      else if(b == 32) k = 5;
      else if(b == 4) k = 2;
      else { this.fromRadix(s,b); return; }
      this.t = 0;
      this.s = 0;
      var i = s.length, mi = false, sh = 0;
      while(--i >= 0) {
        var x = (k==8)?s[i]&0xff:intAt(s,i);
        if(x < 0) {
          if(s.charAt(i) == "-") mi = true;
          continue;
        }
        mi = false;
        if(sh == 0)
          this[this.t++] = x;
        else if(sh+k > this.DB) {
          this[this.t-1] |= (x&((1<<(this.DB-sh))-1))<<sh;
          this[this.t++] = (x>>(this.DB-sh));
        }
        else
          this[this.t-1] |= x<<sh;
        sh += k;
        if(sh >= this.DB) sh -= this.DB;
      }
      if(k == 8 && (s[0]&0x80) != 0) {
        this.s = -1;
        if(sh > 0) this[this.t-1] |= ((1<<(this.DB-sh))-1)<<sh;
      }
      this.clamp();
      if(mi) BigInteger.ZERO.subTo(this,this);
    }

    // (protected) clamp off excess high words
    function bnpClamp() {
      var c = this.s&this.DM;
      while(this.t > 0 && this[this.t-1] == c) --this.t;
    }

    // (public) return string representation in given radix
    function bnToString(b) {
      if(this.s < 0) return "-"+this.negate().toString(b);
      var k;
      if(b == 16) k = 4;
      else if(b == 8) k = 3;
      else if(b == 2) k = 1;
      else if(b == 32) k = 5;
      else if(b == 4) k = 2;
      else return this.toRadix(b);
      var km = (1<<k)-1, d, m = false, r = "", i = this.t;
      var p = this.DB-(i*this.DB)%k;
      if(i-- > 0) {
        if(p < this.DB && (d = this[i]>>p) > 0) { m = true; r = int2char(d); }
        while(i >= 0) {
          if(p < k) {
            d = (this[i]&((1<<p)-1))<<(k-p);
            d |= this[--i]>>(p+=this.DB-k);
          }
          else {
            d = (this[i]>>(p-=k))&km;
            if(p <= 0) { p += this.DB; --i; }
          }
          if(d > 0) m = true;
          if(m) r += int2char(d);
        }
      }
      return m?r:"0";
    }

    // (public) -this
    function bnNegate() { var r = nbi(); BigInteger.ZERO.subTo(this,r); return r; }

    // (public) |this|
    function bnAbs() { return (this.s<0)?this.negate():this; }

    // (public) return + if this > a, - if this < a, 0 if equal
    function bnCompareTo(a) {
      var r = this.s-a.s;
      if(r != 0) return r;
      var i = this.t;
      r = i-a.t;
      if(r != 0) return (this.s<0)?-r:r;
      while(--i >= 0) if((r=this[i]-a[i]) != 0) return r;
      return 0;
    }

    // returns bit length of the integer x
    function nbits(x) {
      var r = 1, t;
      if((t=x>>>16) != 0) { x = t; r += 16; }
      if((t=x>>8) != 0) { x = t; r += 8; }
      if((t=x>>4) != 0) { x = t; r += 4; }
      if((t=x>>2) != 0) { x = t; r += 2; }
      if((t=x>>1) != 0) { x = t; r += 1; }
      return r;
    }

    // (public) return the number of bits in "this"
    function bnBitLength() {
      if(this.t <= 0) return 0;
      return this.DB*(this.t-1)+nbits(this[this.t-1]^(this.s&this.DM));
    }

    // (protected) r = this << n*DB
    function bnpDLShiftTo(n,r) {
      var i;
      for(i = this.t-1; i >= 0; --i) r[i+n] = this[i];
      for(i = n-1; i >= 0; --i) r[i] = 0;
      r.t = this.t+n;
      r.s = this.s;
    }

    // (protected) r = this >> n*DB
    function bnpDRShiftTo(n,r) {
      for(var i = n; i < this.t; ++i) r[i-n] = this[i];
      r.t = Math.max(this.t-n,0);
      r.s = this.s;
    }

    // (protected) r = this << n
    function bnpLShiftTo(n,r) {
      var bs = n%this.DB;
      var cbs = this.DB-bs;
      var bm = (1<<cbs)-1;
      var ds = Math.floor(n/this.DB), c = (this.s<<bs)&this.DM, i;
      for(i = this.t-1; i >= 0; --i) {
        r[i+ds+1] = (this[i]>>cbs)|c;
        c = (this[i]&bm)<<bs;
      }
      for(i = ds-1; i >= 0; --i) r[i] = 0;
      r[ds] = c;
      r.t = this.t+ds+1;
      r.s = this.s;
      r.clamp();
    }

    // (protected) r = this >> n
    function bnpRShiftTo(n,r) {
      r.s = this.s;
      var ds = Math.floor(n/this.DB);
      if(ds >= this.t) { r.t = 0; return; }
      var bs = n%this.DB;
      var cbs = this.DB-bs;
      var bm = (1<<bs)-1;
      r[0] = this[ds]>>bs;
      for(var i = ds+1; i < this.t; ++i) {
        r[i-ds-1] |= (this[i]&bm)<<cbs;
        r[i-ds] = this[i]>>bs;
      }
      if(bs > 0) r[this.t-ds-1] |= (this.s&bm)<<cbs;
      r.t = this.t-ds;
      r.clamp();
    }

    // (protected) r = this - a
    function bnpSubTo(a,r) {
      var i = 0, c = 0, m = Math.min(a.t,this.t);
      while(i < m) {
        c += this[i]-a[i];
        r[i++] = c&this.DM;
        c >>= this.DB;
      }
      if(a.t < this.t) {
        c -= a.s;
        while(i < this.t) {
          c += this[i];
          r[i++] = c&this.DM;
          c >>= this.DB;
        }
        c += this.s;
      }
      else {
        c += this.s;
        while(i < a.t) {
          c -= a[i];
          r[i++] = c&this.DM;
          c >>= this.DB;
        }
        c -= a.s;
      }
      r.s = (c<0)?-1:0;
      if(c < -1) r[i++] = this.DV+c;
      else if(c > 0) r[i++] = c;
      r.t = i;
      r.clamp();
    }

    // (protected) r = this * a, r != this,a (HAC 14.12)
    // "this" should be the larger one if appropriate.
    function bnpMultiplyTo(a,r) {
      var x = this.abs(), y = a.abs();
      var i = x.t;
      r.t = i+y.t;
      while(--i >= 0) r[i] = 0;
      for(i = 0; i < y.t; ++i) r[i+x.t] = x.am(0,y[i],r,i,0,x.t);
      r.s = 0;
      r.clamp();
      if(this.s != a.s) BigInteger.ZERO.subTo(r,r);
    }

    // (protected) r = this^2, r != this (HAC 14.16)
    function bnpSquareTo(r) {
      var x = this.abs();
      var i = r.t = 2*x.t;
      while(--i >= 0) r[i] = 0;
      for(i = 0; i < x.t-1; ++i) {
        var c = x.am(i,x[i],r,2*i,0,1);
        if((r[i+x.t]+=x.am(i+1,2*x[i],r,2*i+1,c,x.t-i-1)) >= x.DV) {
          r[i+x.t] -= x.DV;
          r[i+x.t+1] = 1;
        }
      }
      if(r.t > 0) r[r.t-1] += x.am(i,x[i],r,2*i,0,1);
      r.s = 0;
      r.clamp();
    }

    // (protected) divide this by m, quotient and remainder to q, r (HAC 14.20)
    // r != q, this != m.  q or r may be null.
    function bnpDivRemTo(m,q,r) {
      var pm = m.abs();
      if(pm.t <= 0) return;
      var pt = this.abs();
      if(pt.t < pm.t) {
        if(q != null) q.fromInt(0);
        if(r != null) this.copyTo(r);
        return;
      }
      if(r == null) r = nbi();
      var y = nbi(), ts = this.s, ms = m.s;
      var nsh = this.DB-nbits(pm[pm.t-1]);   // normalize modulus
      if(nsh > 0) { pm.lShiftTo(nsh,y); pt.lShiftTo(nsh,r); }
      else { pm.copyTo(y); pt.copyTo(r); }
      var ys = y.t;
      var y0 = y[ys-1];
      if(y0 == 0) return;
      var yt = y0*(1<<this.F1)+((ys>1)?y[ys-2]>>this.F2:0);
      var d1 = this.FV/yt, d2 = (1<<this.F1)/yt, e = 1<<this.F2;
      var i = r.t, j = i-ys, t = (q==null)?nbi():q;
      y.dlShiftTo(j,t);
      if(r.compareTo(t) >= 0) {
        r[r.t++] = 1;
        r.subTo(t,r);
      }
      BigInteger.ONE.dlShiftTo(ys,t);
      t.subTo(y,y);  // "negative" y so we can replace sub with am later
      while(y.t < ys) y[y.t++] = 0;
      while(--j >= 0) {
        // Estimate quotient digit
        var qd = (r[--i]==y0)?this.DM:Math.floor(r[i]*d1+(r[i-1]+e)*d2);
        if((r[i]+=y.am(0,qd,r,j,0,ys)) < qd) {   // Try it out
          y.dlShiftTo(j,t);
          r.subTo(t,r);
          while(r[i] < --qd) r.subTo(t,r);
        }
      }
      if(q != null) {
        r.drShiftTo(ys,q);
        if(ts != ms) BigInteger.ZERO.subTo(q,q);
      }
      r.t = ys;
      r.clamp();
      if(nsh > 0) r.rShiftTo(nsh,r); // Denormalize remainder
      if(ts < 0) BigInteger.ZERO.subTo(r,r);
    }

    // (public) this mod a
    function bnMod(a) {
      var r = nbi();
      this.abs().divRemTo(a,null,r);
      if(this.s < 0 && r.compareTo(BigInteger.ZERO) > 0) a.subTo(r,r);
      return r;
    }

    // Modular reduction using "classic" algorithm
    function Classic(m) { this.m = m; }
    function cConvert(x) {
      if(x.s < 0 || x.compareTo(this.m) >= 0) return x.mod(this.m);
      else return x;
    }
    function cRevert(x) { return x; }
    function cReduce(x) { x.divRemTo(this.m,null,x); }
    function cMulTo(x,y,r) { x.multiplyTo(y,r); this.reduce(r); }
    function cSqrTo(x,r) { x.squareTo(r); this.reduce(r); }

    Classic.prototype.convert = cConvert;
    Classic.prototype.revert = cRevert;
    Classic.prototype.reduce = cReduce;
    Classic.prototype.mulTo = cMulTo;
    Classic.prototype.sqrTo = cSqrTo;

    // (protected) return "-1/this % 2^DB"; useful for Mont. reduction
    // justification:
    //         xy == 1 (mod m)
    //         xy =  1+km
    //   xy(2-xy) = (1+km)(1-km)
    // x[y(2-xy)] = 1-k^2m^2
    // x[y(2-xy)] == 1 (mod m^2)
    // if y is 1/x mod m, then y(2-xy) is 1/x mod m^2
    // should reduce x and y(2-xy) by m^2 at each step to keep size bounded.
    // JS multiply "overflows" differently from C/C++, so care is needed here.
    function bnpInvDigit() {
      if(this.t < 1) return 0;
      var x = this[0];
      if((x&1) == 0) return 0;
      var y = x&3;       // y == 1/x mod 2^2
      y = (y*(2-(x&0xf)*y))&0xf; // y == 1/x mod 2^4
      y = (y*(2-(x&0xff)*y))&0xff;   // y == 1/x mod 2^8
      y = (y*(2-(((x&0xffff)*y)&0xffff)))&0xffff;    // y == 1/x mod 2^16
      // last step - calculate inverse mod DV directly;
      // assumes 16 < DB <= 32 and assumes ability to handle 48-bit ints
      y = (y*(2-x*y%this.DV))%this.DV;       // y == 1/x mod 2^dbits
      // we really want the negative inverse, and -DV < y < DV
      return (y>0)?this.DV-y:-y;
    }

    // Montgomery reduction
    function Montgomery(m) {
      this.m = m;
      this.mp = m.invDigit();
      this.mpl = this.mp&0x7fff;
      this.mph = this.mp>>15;
      this.um = (1<<(m.DB-15))-1;
      this.mt2 = 2*m.t;
    }

    // xR mod m
    function montConvert(x) {
      var r = nbi();
      x.abs().dlShiftTo(this.m.t,r);
      r.divRemTo(this.m,null,r);
      if(x.s < 0 && r.compareTo(BigInteger.ZERO) > 0) this.m.subTo(r,r);
      return r;
    }

    // x/R mod m
    function montRevert(x) {
      var r = nbi();
      x.copyTo(r);
      this.reduce(r);
      return r;
    }

    // x = x/R mod m (HAC 14.32)
    function montReduce(x) {
      while(x.t <= this.mt2) // pad x so am has enough room later
        x[x.t++] = 0;
      for(var i = 0; i < this.m.t; ++i) {
        // faster way of calculating u0 = x[i]*mp mod DV
        var j = x[i]&0x7fff;
        var u0 = (j*this.mpl+(((j*this.mph+(x[i]>>15)*this.mpl)&this.um)<<15))&x.DM;
        // use am to combine the multiply-shift-add into one call
        j = i+this.m.t;
        x[j] += this.m.am(0,u0,x,i,0,this.m.t);
        // propagate carry
        while(x[j] >= x.DV) { x[j] -= x.DV; x[++j]++; }
      }
      x.clamp();
      x.drShiftTo(this.m.t,x);
      if(x.compareTo(this.m) >= 0) x.subTo(this.m,x);
    }

    // r = "x^2/R mod m"; x != r
    function montSqrTo(x,r) { x.squareTo(r); this.reduce(r); }

    // r = "xy/R mod m"; x,y != r
    function montMulTo(x,y,r) { x.multiplyTo(y,r); this.reduce(r); }

    Montgomery.prototype.convert = montConvert;
    Montgomery.prototype.revert = montRevert;
    Montgomery.prototype.reduce = montReduce;
    Montgomery.prototype.mulTo = montMulTo;
    Montgomery.prototype.sqrTo = montSqrTo;

    // (protected) true iff this is even
    function bnpIsEven() { return ((this.t>0)?(this[0]&1):this.s) == 0; }

    // (protected) this^e, e < 2^32, doing sqr and mul with "r" (HAC 14.79)
    function bnpExp(e,z) {
      if(e > 0xffffffff || e < 1) return BigInteger.ONE;
      var r = nbi(), r2 = nbi(), g = z.convert(this), i = nbits(e)-1;
      g.copyTo(r);
      while(--i >= 0) {
        z.sqrTo(r,r2);
        if((e&(1<<i)) > 0) z.mulTo(r2,g,r);
        else { var t = r; r = r2; r2 = t; }
      }
      return z.revert(r);
    }

    // (public) this^e % m, 0 <= e < 2^32
    function bnModPowInt(e,m) {
      var z;
      if(e < 256 || m.isEven()) z = new Classic(m); else z = new Montgomery(m);
      return this.exp(e,z);
    }

    // protected
    BigInteger.prototype.copyTo = bnpCopyTo;
    BigInteger.prototype.fromInt = bnpFromInt;
    BigInteger.prototype.fromString = bnpFromString;
    BigInteger.prototype.clamp = bnpClamp;
    BigInteger.prototype.dlShiftTo = bnpDLShiftTo;
    BigInteger.prototype.drShiftTo = bnpDRShiftTo;
    BigInteger.prototype.lShiftTo = bnpLShiftTo;
    BigInteger.prototype.rShiftTo = bnpRShiftTo;
    BigInteger.prototype.subTo = bnpSubTo;
    BigInteger.prototype.multiplyTo = bnpMultiplyTo;
    BigInteger.prototype.squareTo = bnpSquareTo;
    BigInteger.prototype.divRemTo = bnpDivRemTo;
    BigInteger.prototype.invDigit = bnpInvDigit;
    BigInteger.prototype.isEven = bnpIsEven;
    BigInteger.prototype.exp = bnpExp;

    // public
    BigInteger.prototype.toString = bnToString;
    BigInteger.prototype.negate = bnNegate;
    BigInteger.prototype.abs = bnAbs;
    BigInteger.prototype.compareTo = bnCompareTo;
    BigInteger.prototype.bitLength = bnBitLength;
    BigInteger.prototype.mod = bnMod;
    BigInteger.prototype.modPowInt = bnModPowInt;

    // "constants"
    BigInteger.ZERO = nbv(0);
    BigInteger.ONE = nbv(1);

    // Copyright (c) 2005-2009  Tom Wu
    // All Rights Reserved.
    // See "LICENSE" for details.

    // Extended JavaScript BN functions, required for RSA private ops.

    // Version 1.1: new BigInteger("0", 10) returns "proper" zero
    // Version 1.2: square() API, isProbablePrime fix

    // (public)
    function bnClone() { var r = nbi(); this.copyTo(r); return r; }

    // (public) return value as integer
    function bnIntValue() {
      if(this.s < 0) {
        if(this.t == 1) return this[0]-this.DV;
        else if(this.t == 0) return -1;
      }
      else if(this.t == 1) return this[0];
      else if(this.t == 0) return 0;
      // assumes 16 < DB < 32
      return ((this[1]&((1<<(32-this.DB))-1))<<this.DB)|this[0];
    }

    // (public) return value as byte
    function bnByteValue() { return (this.t==0)?this.s:(this[0]<<24)>>24; }

    // (public) return value as short (assumes DB>=16)
    function bnShortValue() { return (this.t==0)?this.s:(this[0]<<16)>>16; }

    // (protected) return x s.t. r^x < DV
    function bnpChunkSize(r) { return Math.floor(Math.LN2*this.DB/Math.log(r)); }

    // (public) 0 if this == 0, 1 if this > 0
    function bnSigNum() {
      if(this.s < 0) return -1;
      else if(this.t <= 0 || (this.t == 1 && this[0] <= 0)) return 0;
      else return 1;
    }

    // (protected) convert to radix string
    function bnpToRadix(b) {
      if(b == null) b = 10;
      if(this.signum() == 0 || b < 2 || b > 36) return "0";
      var cs = this.chunkSize(b);
      var a = Math.pow(b,cs);
      var d = nbv(a), y = nbi(), z = nbi(), r = "";
      this.divRemTo(d,y,z);
      while(y.signum() > 0) {
        r = (a+z.intValue()).toString(b).substr(1) + r;
        y.divRemTo(d,y,z);
      }
      return z.intValue().toString(b) + r;
    }

    // (protected) convert from radix string
    function bnpFromRadix(s,b) {
      this.fromInt(0);
      if(b == null) b = 10;
      var cs = this.chunkSize(b);
      var d = Math.pow(b,cs), mi = false, j = 0, w = 0;
      for(var i = 0; i < s.length; ++i) {
        var x = intAt(s,i);
        if(x < 0) {
          if(s.charAt(i) == "-" && this.signum() == 0) mi = true;
          continue;
        }
        w = b*w+x;
        if(++j >= cs) {
          this.dMultiply(d);
          this.dAddOffset(w,0);
          j = 0;
          w = 0;
        }
      }
      if(j > 0) {
        this.dMultiply(Math.pow(b,j));
        this.dAddOffset(w,0);
      }
      if(mi) BigInteger.ZERO.subTo(this,this);
    }

    // (protected) alternate constructor
    function bnpFromNumber(a,b,c) {
      if("number" == typeof b) {
        // new BigInteger(int,int,RNG)
        if(a < 2) this.fromInt(1);
        else {
          this.fromNumber(a,c);
          if(!this.testBit(a-1))    // force MSB set
            this.bitwiseTo(BigInteger.ONE.shiftLeft(a-1),op_or,this);
          if(this.isEven()) this.dAddOffset(1,0); // force odd
          while(!this.isProbablePrime(b)) {
            this.dAddOffset(2,0);
            if(this.bitLength() > a) this.subTo(BigInteger.ONE.shiftLeft(a-1),this);
          }
        }
      }
      else {
        // new BigInteger(int,RNG)
        var x = new Array(), t = a&7;
        x.length = (a>>3)+1;
        b.nextBytes(x);
        if(t > 0) x[0] &= ((1<<t)-1); else x[0] = 0;
        this.fromString(x,256);
      }
    }

    // (public) convert to bigendian byte array
    function bnToByteArray() {
      var i = this.t, r = new Array();
      r[0] = this.s;
      var p = this.DB-(i*this.DB)%8, d, k = 0;
      if(i-- > 0) {
        if(p < this.DB && (d = this[i]>>p) != (this.s&this.DM)>>p)
          r[k++] = d|(this.s<<(this.DB-p));
        while(i >= 0) {
          if(p < 8) {
            d = (this[i]&((1<<p)-1))<<(8-p);
            d |= this[--i]>>(p+=this.DB-8);
          }
          else {
            d = (this[i]>>(p-=8))&0xff;
            if(p <= 0) { p += this.DB; --i; }
          }
          if((d&0x80) != 0) d |= -256;
          if(k == 0 && (this.s&0x80) != (d&0x80)) ++k;
          if(k > 0 || d != this.s) r[k++] = d;
        }
      }
      return r;
    }

    function bnEquals(a) { return(this.compareTo(a)==0); }
    function bnMin(a) { return(this.compareTo(a)<0)?this:a; }
    function bnMax(a) { return(this.compareTo(a)>0)?this:a; }

    // (protected) r = this op a (bitwise)
    function bnpBitwiseTo(a,op,r) {
      var i, f, m = Math.min(a.t,this.t);
      for(i = 0; i < m; ++i) r[i] = op(this[i],a[i]);
      if(a.t < this.t) {
        f = a.s&this.DM;
        for(i = m; i < this.t; ++i) r[i] = op(this[i],f);
        r.t = this.t;
      }
      else {
        f = this.s&this.DM;
        for(i = m; i < a.t; ++i) r[i] = op(f,a[i]);
        r.t = a.t;
      }
      r.s = op(this.s,a.s);
      r.clamp();
    }

    // (public) this & a
    function op_and(x,y) { return x&y; }
    function bnAnd(a) { var r = nbi(); this.bitwiseTo(a,op_and,r); return r; }

    // (public) this | a
    function op_or(x,y) { return x|y; }
    function bnOr(a) { var r = nbi(); this.bitwiseTo(a,op_or,r); return r; }

    // (public) this ^ a
    function op_xor(x,y) { return x^y; }
    function bnXor(a) { var r = nbi(); this.bitwiseTo(a,op_xor,r); return r; }

    // (public) this & ~a
    function op_andnot(x,y) { return x&~y; }
    function bnAndNot(a) { var r = nbi(); this.bitwiseTo(a,op_andnot,r); return r; }

    // (public) ~this
    function bnNot() {
      var r = nbi();
      for(var i = 0; i < this.t; ++i) r[i] = this.DM&~this[i];
      r.t = this.t;
      r.s = ~this.s;
      return r;
    }

    // (public) this << n
    function bnShiftLeft(n) {
      var r = nbi();
      if(n < 0) this.rShiftTo(-n,r); else this.lShiftTo(n,r);
      return r;
    }

    // (public) this >> n
    function bnShiftRight(n) {
      var r = nbi();
      if(n < 0) this.lShiftTo(-n,r); else this.rShiftTo(n,r);
      return r;
    }

    // return index of lowest 1-bit in x, x < 2^31
    function lbit(x) {
      if(x == 0) return -1;
      var r = 0;
      if((x&0xffff) == 0) { x >>= 16; r += 16; }
      if((x&0xff) == 0) { x >>= 8; r += 8; }
      if((x&0xf) == 0) { x >>= 4; r += 4; }
      if((x&3) == 0) { x >>= 2; r += 2; }
      if((x&1) == 0) ++r;
      return r;
    }

    // (public) returns index of lowest 1-bit (or -1 if none)
    function bnGetLowestSetBit() {
      for(var i = 0; i < this.t; ++i)
        if(this[i] != 0) return i*this.DB+lbit(this[i]);
      if(this.s < 0) return this.t*this.DB;
      return -1;
    }

    // return number of 1 bits in x
    function cbit(x) {
      var r = 0;
      while(x != 0) { x &= x-1; ++r; }
      return r;
    }

    // (public) return number of set bits
    function bnBitCount() {
      var r = 0, x = this.s&this.DM;
      for(var i = 0; i < this.t; ++i) r += cbit(this[i]^x);
      return r;
    }

    // (public) true iff nth bit is set
    function bnTestBit(n) {
      var j = Math.floor(n/this.DB);
      if(j >= this.t) return(this.s!=0);
      return((this[j]&(1<<(n%this.DB)))!=0);
    }

    // (protected) this op (1<<n)
    function bnpChangeBit(n,op) {
      var r = BigInteger.ONE.shiftLeft(n);
      this.bitwiseTo(r,op,r);
      return r;
    }

    // (public) this | (1<<n)
    function bnSetBit(n) { return this.changeBit(n,op_or); }

    // (public) this & ~(1<<n)
    function bnClearBit(n) { return this.changeBit(n,op_andnot); }

    // (public) this ^ (1<<n)
    function bnFlipBit(n) { return this.changeBit(n,op_xor); }

    // (protected) r = this + a
    function bnpAddTo(a,r) {
      var i = 0, c = 0, m = Math.min(a.t,this.t);
      while(i < m) {
        c += this[i]+a[i];
        r[i++] = c&this.DM;
        c >>= this.DB;
      }
      if(a.t < this.t) {
        c += a.s;
        while(i < this.t) {
          c += this[i];
          r[i++] = c&this.DM;
          c >>= this.DB;
        }
        c += this.s;
      }
      else {
        c += this.s;
        while(i < a.t) {
          c += a[i];
          r[i++] = c&this.DM;
          c >>= this.DB;
        }
        c += a.s;
      }
      r.s = (c<0)?-1:0;
      if(c > 0) r[i++] = c;
      else if(c < -1) r[i++] = this.DV+c;
      r.t = i;
      r.clamp();
    }

    // (public) this + a
    function bnAdd(a) { var r = nbi(); this.addTo(a,r); return r; }

    // (public) this - a
    function bnSubtract(a) { var r = nbi(); this.subTo(a,r); return r; }

    // (public) this * a
    function bnMultiply(a) { var r = nbi(); this.multiplyTo(a,r); return r; }

    // (public) this^2
    function bnSquare() { var r = nbi(); this.squareTo(r); return r; }

    // (public) this / a
    function bnDivide(a) { var r = nbi(); this.divRemTo(a,r,null); return r; }

    // (public) this % a
    function bnRemainder(a) { var r = nbi(); this.divRemTo(a,null,r); return r; }

    // (public) [this/a,this%a]
    function bnDivideAndRemainder(a) {
      var q = nbi(), r = nbi();
      this.divRemTo(a,q,r);
      return new Array(q,r);
    }

    // (protected) this *= n, this >= 0, 1 < n < DV
    function bnpDMultiply(n) {
      this[this.t] = this.am(0,n-1,this,0,0,this.t);
      ++this.t;
      this.clamp();
    }

    // (protected) this += n << w words, this >= 0
    function bnpDAddOffset(n,w) {
      if(n == 0) return;
      while(this.t <= w) this[this.t++] = 0;
      this[w] += n;
      while(this[w] >= this.DV) {
        this[w] -= this.DV;
        if(++w >= this.t) this[this.t++] = 0;
        ++this[w];
      }
    }

    // A "null" reducer
    function NullExp() {}
    function nNop(x) { return x; }
    function nMulTo(x,y,r) { x.multiplyTo(y,r); }
    function nSqrTo(x,r) { x.squareTo(r); }

    NullExp.prototype.convert = nNop;
    NullExp.prototype.revert = nNop;
    NullExp.prototype.mulTo = nMulTo;
    NullExp.prototype.sqrTo = nSqrTo;

    // (public) this^e
    function bnPow(e) { return this.exp(e,new NullExp()); }

    // (protected) r = lower n words of "this * a", a.t <= n
    // "this" should be the larger one if appropriate.
    function bnpMultiplyLowerTo(a,n,r) {
      var i = Math.min(this.t+a.t,n);
      r.s = 0; // assumes a,this >= 0
      r.t = i;
      while(i > 0) r[--i] = 0;
      var j;
      for(j = r.t-this.t; i < j; ++i) r[i+this.t] = this.am(0,a[i],r,i,0,this.t);
      for(j = Math.min(a.t,n); i < j; ++i) this.am(0,a[i],r,i,0,n-i);
      r.clamp();
    }

    // (protected) r = "this * a" without lower n words, n > 0
    // "this" should be the larger one if appropriate.
    function bnpMultiplyUpperTo(a,n,r) {
      --n;
      var i = r.t = this.t+a.t-n;
      r.s = 0; // assumes a,this >= 0
      while(--i >= 0) r[i] = 0;
      for(i = Math.max(n-this.t,0); i < a.t; ++i)
        r[this.t+i-n] = this.am(n-i,a[i],r,0,0,this.t+i-n);
      r.clamp();
      r.drShiftTo(1,r);
    }

    // Barrett modular reduction
    function Barrett(m) {
      // setup Barrett
      this.r2 = nbi();
      this.q3 = nbi();
      BigInteger.ONE.dlShiftTo(2*m.t,this.r2);
      this.mu = this.r2.divide(m);
      this.m = m;
    }

    function barrettConvert(x) {
      if(x.s < 0 || x.t > 2*this.m.t) return x.mod(this.m);
      else if(x.compareTo(this.m) < 0) return x;
      else { var r = nbi(); x.copyTo(r); this.reduce(r); return r; }
    }

    function barrettRevert(x) { return x; }

    // x = x mod m (HAC 14.42)
    function barrettReduce(x) {
      x.drShiftTo(this.m.t-1,this.r2);
      if(x.t > this.m.t+1) { x.t = this.m.t+1; x.clamp(); }
      this.mu.multiplyUpperTo(this.r2,this.m.t+1,this.q3);
      this.m.multiplyLowerTo(this.q3,this.m.t+1,this.r2);
      while(x.compareTo(this.r2) < 0) x.dAddOffset(1,this.m.t+1);
      x.subTo(this.r2,x);
      while(x.compareTo(this.m) >= 0) x.subTo(this.m,x);
    }

    // r = x^2 mod m; x != r
    function barrettSqrTo(x,r) { x.squareTo(r); this.reduce(r); }

    // r = x*y mod m; x,y != r
    function barrettMulTo(x,y,r) { x.multiplyTo(y,r); this.reduce(r); }

    Barrett.prototype.convert = barrettConvert;
    Barrett.prototype.revert = barrettRevert;
    Barrett.prototype.reduce = barrettReduce;
    Barrett.prototype.mulTo = barrettMulTo;
    Barrett.prototype.sqrTo = barrettSqrTo;

    // (public) this^e % m (HAC 14.85)
    function bnModPow(e,m) {
      var i = e.bitLength(), k, r = nbv(1), z;
      if(i <= 0) return r;
      else if(i < 18) k = 1;
      else if(i < 48) k = 3;
      else if(i < 144) k = 4;
      else if(i < 768) k = 5;
      else k = 6;
      if(i < 8)
        z = new Classic(m);
      else if(m.isEven())
        z = new Barrett(m);
      else
        z = new Montgomery(m);

      // precomputation
      var g = new Array(), n = 3, k1 = k-1, km = (1<<k)-1;
      g[1] = z.convert(this);
      if(k > 1) {
        var g2 = nbi();
        z.sqrTo(g[1],g2);
        while(n <= km) {
          g[n] = nbi();
          z.mulTo(g2,g[n-2],g[n]);
          n += 2;
        }
      }

      var j = e.t-1, w, is1 = true, r2 = nbi(), t;
      i = nbits(e[j])-1;
      while(j >= 0) {
        if(i >= k1) w = (e[j]>>(i-k1))&km;
        else {
          w = (e[j]&((1<<(i+1))-1))<<(k1-i);
          if(j > 0) w |= e[j-1]>>(this.DB+i-k1);
        }

        n = k;
        while((w&1) == 0) { w >>= 1; --n; }
        if((i -= n) < 0) { i += this.DB; --j; }
        if(is1) {    // ret == 1, don't bother squaring or multiplying it
          g[w].copyTo(r);
          is1 = false;
        }
        else {
          while(n > 1) { z.sqrTo(r,r2); z.sqrTo(r2,r); n -= 2; }
          if(n > 0) z.sqrTo(r,r2); else { t = r; r = r2; r2 = t; }
          z.mulTo(r2,g[w],r);
        }

        while(j >= 0 && (e[j]&(1<<i)) == 0) {
          z.sqrTo(r,r2); t = r; r = r2; r2 = t;
          if(--i < 0) { i = this.DB-1; --j; }
        }
      }
      return z.revert(r);
    }

    // (public) gcd(this,a) (HAC 14.54)
    function bnGCD(a) {
      var x = (this.s<0)?this.negate():this.clone();
      var y = (a.s<0)?a.negate():a.clone();
      if(x.compareTo(y) < 0) { var t = x; x = y; y = t; }
      var i = x.getLowestSetBit(), g = y.getLowestSetBit();
      if(g < 0) return x;
      if(i < g) g = i;
      if(g > 0) {
        x.rShiftTo(g,x);
        y.rShiftTo(g,y);
      }
      while(x.signum() > 0) {
        if((i = x.getLowestSetBit()) > 0) x.rShiftTo(i,x);
        if((i = y.getLowestSetBit()) > 0) y.rShiftTo(i,y);
        if(x.compareTo(y) >= 0) {
          x.subTo(y,x);
          x.rShiftTo(1,x);
        }
        else {
          y.subTo(x,y);
          y.rShiftTo(1,y);
        }
      }
      if(g > 0) y.lShiftTo(g,y);
      return y;
    }

    // (protected) this % n, n < 2^26
    function bnpModInt(n) {
      if(n <= 0) return 0;
      var d = this.DV%n, r = (this.s<0)?n-1:0;
      if(this.t > 0)
        if(d == 0) r = this[0]%n;
        else for(var i = this.t-1; i >= 0; --i) r = (d*r+this[i])%n;
      return r;
    }

    // (public) 1/this % m (HAC 14.61)
    function bnModInverse(m) {
      var ac = m.isEven();
      if((this.isEven() && ac) || m.signum() == 0) return BigInteger.ZERO;
      var u = m.clone(), v = this.clone();
      var a = nbv(1), b = nbv(0), c = nbv(0), d = nbv(1);
      while(u.signum() != 0) {
        while(u.isEven()) {
          u.rShiftTo(1,u);
          if(ac) {
            if(!a.isEven() || !b.isEven()) { a.addTo(this,a); b.subTo(m,b); }
            a.rShiftTo(1,a);
          }
          else if(!b.isEven()) b.subTo(m,b);
          b.rShiftTo(1,b);
        }
        while(v.isEven()) {
          v.rShiftTo(1,v);
          if(ac) {
            if(!c.isEven() || !d.isEven()) { c.addTo(this,c); d.subTo(m,d); }
            c.rShiftTo(1,c);
          }
          else if(!d.isEven()) d.subTo(m,d);
          d.rShiftTo(1,d);
        }
        if(u.compareTo(v) >= 0) {
          u.subTo(v,u);
          if(ac) a.subTo(c,a);
          b.subTo(d,b);
        }
        else {
          v.subTo(u,v);
          if(ac) c.subTo(a,c);
          d.subTo(b,d);
        }
      }
      if(v.compareTo(BigInteger.ONE) != 0) return BigInteger.ZERO;
      if(d.compareTo(m) >= 0) return d.subtract(m);
      if(d.signum() < 0) d.addTo(m,d); else return d;
      if(d.signum() < 0) return d.add(m); else return d;
    }

    var lowprimes = [2,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97,101,103,107,109,113,127,131,137,139,149,151,157,163,167,173,179,181,191,193,197,199,211,223,227,229,233,239,241,251,257,263,269,271,277,281,283,293,307,311,313,317,331,337,347,349,353,359,367,373,379,383,389,397,401,409,419,421,431,433,439,443,449,457,461,463,467,479,487,491,499,503,509,521,523,541,547,557,563,569,571,577,587,593,599,601,607,613,617,619,631,641,643,647,653,659,661,673,677,683,691,701,709,719,727,733,739,743,751,757,761,769,773,787,797,809,811,821,823,827,829,839,853,857,859,863,877,881,883,887,907,911,919,929,937,941,947,953,967,971,977,983,991,997];
    var lplim = (1<<26)/lowprimes[lowprimes.length-1];

    // (public) test primality with certainty >= 1-.5^t
    function bnIsProbablePrime(t) {
      var i, x = this.abs();
      if(x.t == 1 && x[0] <= lowprimes[lowprimes.length-1]) {
        for(i = 0; i < lowprimes.length; ++i)
          if(x[0] == lowprimes[i]) return true;
        return false;
      }
      if(x.isEven()) return false;
      i = 1;
      while(i < lowprimes.length) {
        var m = lowprimes[i], j = i+1;
        while(j < lowprimes.length && m < lplim) m *= lowprimes[j++];
        m = x.modInt(m);
        while(i < j) if(m%lowprimes[i++] == 0) return false;
      }
      return x.millerRabin(t);
    }

    // (protected) true if probably prime (HAC 4.24, Miller-Rabin)
    function bnpMillerRabin(t) {
      var n1 = this.subtract(BigInteger.ONE);
      var k = n1.getLowestSetBit();
      if(k <= 0) return false;
      var r = n1.shiftRight(k);
      t = (t+1)>>1;
      if(t > lowprimes.length) t = lowprimes.length;
      var a = nbi();
      for(var i = 0; i < t; ++i) {
        //Pick bases at random, instead of starting at 2
        a.fromInt(lowprimes[Math.floor(Math.random()*lowprimes.length)]);
        var y = a.modPow(r,this);
        if(y.compareTo(BigInteger.ONE) != 0 && y.compareTo(n1) != 0) {
          var j = 1;
          while(j++ < k && y.compareTo(n1) != 0) {
            y = y.modPowInt(2,this);
            if(y.compareTo(BigInteger.ONE) == 0) return false;
          }
          if(y.compareTo(n1) != 0) return false;
        }
      }
      return true;
    }

    // protected
    BigInteger.prototype.chunkSize = bnpChunkSize;
    BigInteger.prototype.toRadix = bnpToRadix;
    BigInteger.prototype.fromRadix = bnpFromRadix;
    BigInteger.prototype.fromNumber = bnpFromNumber;
    BigInteger.prototype.bitwiseTo = bnpBitwiseTo;
    BigInteger.prototype.changeBit = bnpChangeBit;
    BigInteger.prototype.addTo = bnpAddTo;
    BigInteger.prototype.dMultiply = bnpDMultiply;
    BigInteger.prototype.dAddOffset = bnpDAddOffset;
    BigInteger.prototype.multiplyLowerTo = bnpMultiplyLowerTo;
    BigInteger.prototype.multiplyUpperTo = bnpMultiplyUpperTo;
    BigInteger.prototype.modInt = bnpModInt;
    BigInteger.prototype.millerRabin = bnpMillerRabin;

    // public
    BigInteger.prototype.clone = bnClone;
    BigInteger.prototype.intValue = bnIntValue;
    BigInteger.prototype.byteValue = bnByteValue;
    BigInteger.prototype.shortValue = bnShortValue;
    BigInteger.prototype.signum = bnSigNum;
    BigInteger.prototype.toByteArray = bnToByteArray;
    BigInteger.prototype.equals = bnEquals;
    BigInteger.prototype.min = bnMin;
    BigInteger.prototype.max = bnMax;
    BigInteger.prototype.and = bnAnd;
    BigInteger.prototype.or = bnOr;
    BigInteger.prototype.xor = bnXor;
    BigInteger.prototype.andNot = bnAndNot;
    BigInteger.prototype.not = bnNot;
    BigInteger.prototype.shiftLeft = bnShiftLeft;
    BigInteger.prototype.shiftRight = bnShiftRight;
    BigInteger.prototype.getLowestSetBit = bnGetLowestSetBit;
    BigInteger.prototype.bitCount = bnBitCount;
    BigInteger.prototype.testBit = bnTestBit;
    BigInteger.prototype.setBit = bnSetBit;
    BigInteger.prototype.clearBit = bnClearBit;
    BigInteger.prototype.flipBit = bnFlipBit;
    BigInteger.prototype.add = bnAdd;
    BigInteger.prototype.subtract = bnSubtract;
    BigInteger.prototype.multiply = bnMultiply;
    BigInteger.prototype.divide = bnDivide;
    BigInteger.prototype.remainder = bnRemainder;
    BigInteger.prototype.divideAndRemainder = bnDivideAndRemainder;
    BigInteger.prototype.modPow = bnModPow;
    BigInteger.prototype.modInverse = bnModInverse;
    BigInteger.prototype.pow = bnPow;
    BigInteger.prototype.gcd = bnGCD;
    BigInteger.prototype.isProbablePrime = bnIsProbablePrime;

    // JSBN-specific extension
    BigInteger.prototype.square = bnSquare;

    // Expose the Barrett function
    BigInteger.prototype.Barrett = Barrett

    // BigInteger interfaces not implemented in jsbn:

    // BigInteger(int signum, byte[] magnitude)
    // double doubleValue()
    // float floatValue()
    // int hashCode()
    // long longValue()
    // static BigInteger valueOf(long val)

    // Random number generator - requires a PRNG backend, e.g. prng4.js

    // For best results, put code like
    // <body onClick='rng_seed_time();' onKeyPress='rng_seed_time();'>
    // in your main HTML document.

    var rng_state;
    var rng_pool;
    var rng_pptr;

    // Mix in a 32-bit integer into the pool
    function rng_seed_int(x) {
      rng_pool[rng_pptr++] ^= x & 255;
      rng_pool[rng_pptr++] ^= (x >> 8) & 255;
      rng_pool[rng_pptr++] ^= (x >> 16) & 255;
      rng_pool[rng_pptr++] ^= (x >> 24) & 255;
      if(rng_pptr >= rng_psize) rng_pptr -= rng_psize;
    }

    // Mix in the current time (w/milliseconds) into the pool
    function rng_seed_time() {
      rng_seed_int(new Date().getTime());
    }

    // Initialize the pool with junk if needed.
    if(rng_pool == null) {
      rng_pool = new Array();
      rng_pptr = 0;
      var t;
      if(typeof window !== "undefined" && window.crypto) {
        if (window.crypto.getRandomValues) {
          // Use webcrypto if available
          var ua = new Uint8Array(32);
          window.crypto.getRandomValues(ua);
          for(t = 0; t < 32; ++t)
            rng_pool[rng_pptr++] = ua[t];
        }
        else if(navigator.appName == "Netscape" && navigator.appVersion < "5") {
          // Extract entropy (256 bits) from NS4 RNG if available
          var z = window.crypto.random(32);
          for(t = 0; t < z.length; ++t)
            rng_pool[rng_pptr++] = z.charCodeAt(t) & 255;
        }
      }
      while(rng_pptr < rng_psize) {  // extract some randomness from Math.random()
        t = Math.floor(65536 * Math.random());
        rng_pool[rng_pptr++] = t >>> 8;
        rng_pool[rng_pptr++] = t & 255;
      }
      rng_pptr = 0;
      rng_seed_time();
      //rng_seed_int(window.screenX);
      //rng_seed_int(window.screenY);
    }

    function rng_get_byte() {
      if(rng_state == null) {
        rng_seed_time();
        rng_state = prng_newstate();
        rng_state.init(rng_pool);
        for(rng_pptr = 0; rng_pptr < rng_pool.length; ++rng_pptr)
          rng_pool[rng_pptr] = 0;
        rng_pptr = 0;
        //rng_pool = null;
      }
      // TODO: allow reseeding after first request
      return rng_state.next();
    }

    function rng_get_bytes(ba) {
      var i;
      for(i = 0; i < ba.length; ++i) ba[i] = rng_get_byte();
    }

    function SecureRandom() {}

    SecureRandom.prototype.nextBytes = rng_get_bytes;

    // prng4.js - uses Arcfour as a PRNG

    function Arcfour() {
      this.i = 0;
      this.j = 0;
      this.S = new Array();
    }

    // Initialize arcfour context from key, an array of ints, each from [0..255]
    function ARC4init(key) {
      var i, j, t;
      for(i = 0; i < 256; ++i)
        this.S[i] = i;
      j = 0;
      for(i = 0; i < 256; ++i) {
        j = (j + this.S[i] + key[i % key.length]) & 255;
        t = this.S[i];
        this.S[i] = this.S[j];
        this.S[j] = t;
      }
      this.i = 0;
      this.j = 0;
    }

    function ARC4next() {
      var t;
      this.i = (this.i + 1) & 255;
      this.j = (this.j + this.S[this.i]) & 255;
      t = this.S[this.i];
      this.S[this.i] = this.S[this.j];
      this.S[this.j] = t;
      return this.S[(t + this.S[this.i]) & 255];
    }

    Arcfour.prototype.init = ARC4init;
    Arcfour.prototype.next = ARC4next;

    // Plug in your RNG constructor here
    function prng_newstate() {
      return new Arcfour();
    }

    // Pool size must be a multiple of 4 and greater than 32.
    // An array of bytes the size of the pool will be passed to init()
    var rng_psize = 256;

    if (true) {
        exports = module.exports = {
            default: BigInteger,
            BigInteger: BigInteger,
            SecureRandom: SecureRandom,
        };
    } else {}

}).call(this);


/***/ }),

/***/ 9973:
/***/ ((__unused_webpack_module, exports) => {

/* global window, exports, define */

!function() {
    'use strict'

    var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
    }

    function sprintf(key) {
        // `arguments` is not an array, but should be fine for this call
        return sprintf_format(sprintf_parse(key), arguments)
    }

    function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []))
    }

    function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = '', i, k, ph, pad, pad_character, pad_length, is_positive, sign
        for (i = 0; i < tree_length; i++) {
            if (typeof parse_tree[i] === 'string') {
                output += parse_tree[i]
            }
            else if (typeof parse_tree[i] === 'object') {
                ph = parse_tree[i] // convenience purposes only
                if (ph.keys) { // keyword argument
                    arg = argv[cursor]
                    for (k = 0; k < ph.keys.length; k++) {
                        if (arg == undefined) {
                            throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k-1]))
                        }
                        arg = arg[ph.keys[k]]
                    }
                }
                else if (ph.param_no) { // positional argument (explicit)
                    arg = argv[ph.param_no]
                }
                else { // positional argument (implicit)
                    arg = argv[cursor++]
                }

                if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
                    arg = arg()
                }

                if (re.numeric_arg.test(ph.type) && (typeof arg !== 'number' && isNaN(arg))) {
                    throw new TypeError(sprintf('[sprintf] expecting number but found %T', arg))
                }

                if (re.number.test(ph.type)) {
                    is_positive = arg >= 0
                }

                switch (ph.type) {
                    case 'b':
                        arg = parseInt(arg, 10).toString(2)
                        break
                    case 'c':
                        arg = String.fromCharCode(parseInt(arg, 10))
                        break
                    case 'd':
                    case 'i':
                        arg = parseInt(arg, 10)
                        break
                    case 'j':
                        arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0)
                        break
                    case 'e':
                        arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential()
                        break
                    case 'f':
                        arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg)
                        break
                    case 'g':
                        arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg)
                        break
                    case 'o':
                        arg = (parseInt(arg, 10) >>> 0).toString(8)
                        break
                    case 's':
                        arg = String(arg)
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 't':
                        arg = String(!!arg)
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 'T':
                        arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase()
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 'u':
                        arg = parseInt(arg, 10) >>> 0
                        break
                    case 'v':
                        arg = arg.valueOf()
                        arg = (ph.precision ? arg.substring(0, ph.precision) : arg)
                        break
                    case 'x':
                        arg = (parseInt(arg, 10) >>> 0).toString(16)
                        break
                    case 'X':
                        arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase()
                        break
                }
                if (re.json.test(ph.type)) {
                    output += arg
                }
                else {
                    if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
                        sign = is_positive ? '+' : '-'
                        arg = arg.toString().replace(re.sign, '')
                    }
                    else {
                        sign = ''
                    }
                    pad_character = ph.pad_char ? ph.pad_char === '0' ? '0' : ph.pad_char.charAt(1) : ' '
                    pad_length = ph.width - (sign + arg).length
                    pad = ph.width ? (pad_length > 0 ? pad_character.repeat(pad_length) : '') : ''
                    output += ph.align ? sign + arg + pad : (pad_character === '0' ? sign + pad + arg : pad + sign + arg)
                }
            }
        }
        return output
    }

    var sprintf_cache = Object.create(null)

    function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
            return sprintf_cache[fmt]
        }

        var _fmt = fmt, match, parse_tree = [], arg_names = 0
        while (_fmt) {
            if ((match = re.text.exec(_fmt)) !== null) {
                parse_tree.push(match[0])
            }
            else if ((match = re.modulo.exec(_fmt)) !== null) {
                parse_tree.push('%')
            }
            else if ((match = re.placeholder.exec(_fmt)) !== null) {
                if (match[2]) {
                    arg_names |= 1
                    var field_list = [], replacement_field = match[2], field_match = []
                    if ((field_match = re.key.exec(replacement_field)) !== null) {
                        field_list.push(field_match[1])
                        while ((replacement_field = replacement_field.substring(field_match[0].length)) !== '') {
                            if ((field_match = re.key_access.exec(replacement_field)) !== null) {
                                field_list.push(field_match[1])
                            }
                            else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
                                field_list.push(field_match[1])
                            }
                            else {
                                throw new SyntaxError('[sprintf] failed to parse named argument key')
                            }
                        }
                    }
                    else {
                        throw new SyntaxError('[sprintf] failed to parse named argument key')
                    }
                    match[2] = field_list
                }
                else {
                    arg_names |= 2
                }
                if (arg_names === 3) {
                    throw new Error('[sprintf] mixing positional and named placeholders is not (yet) supported')
                }

                parse_tree.push(
                    {
                        placeholder: match[0],
                        param_no:    match[1],
                        keys:        match[2],
                        sign:        match[3],
                        pad_char:    match[4],
                        align:       match[5],
                        width:       match[6],
                        precision:   match[7],
                        type:        match[8]
                    }
                )
            }
            else {
                throw new SyntaxError('[sprintf] unexpected placeholder')
            }
            _fmt = _fmt.substring(match[0].length)
        }
        return sprintf_cache[fmt] = parse_tree
    }

    /**
     * export to either browser or node.js
     */
    /* eslint-disable quote-props */
    if (true) {
        exports.sprintf = sprintf
        exports.vsprintf = vsprintf
    }
    if (typeof window !== 'undefined') {
        window['sprintf'] = sprintf
        window['vsprintf'] = vsprintf

        if (typeof define === 'function' && define['amd']) {
            define(function() {
                return {
                    'sprintf': sprintf,
                    'vsprintf': vsprintf
                }
            })
        }
    }
    /* eslint-enable quote-props */
}(); // eslint-disable-line


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The input could not be used: a bad file, a bad value, a bad flag. The CLI exits 2 and the action
 * sets outcome=config-error; the message names the file and line. Anything else thrown is an
 * internal error (a bug).
 */
class errors_ConfigError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.name = 'ConfigError';
        this.pos = pos;
    }
    /** "file:line:column: message" (as much of the location as is known) */
    describe() {
        if (!this.pos)
            return this.message;
        let where = this.pos.file;
        if (this.pos.line) {
            where += `:${this.pos.line}`;
            if (this.pos.column)
                where += `:${this.pos.column}`;
        }
        return `${where}: ${this.message}`;
    }
}
function isConfigError(e) {
    return e instanceof errors_ConfigError;
}

;// CONCATENATED MODULE: ./src/model.ts
// The typed model every layer shares. Data flows one way:
//   load/ (files -> these types) -> simulate/ -> rules/ -> fix/ -> report/
// Nothing in here touches the file system, the environment or @actions/*.
function findingAt(pos) {
    if (!pos)
        return {};
    return { file: pos.file, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn };
}
function assertNever(x, what = 'value') {
    throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`);
}

;// CONCATENATED MODULE: ./src/report/order.ts
// Helpers every report format shares: the order findings are shown in, the counts that decide the
// verdict, and repository-relative paths. Pure functions over the Report.

/** error first, then warning, then note */
function severityRank(s) {
    switch (s) {
        case 'error':
            return 0;
        case 'warning':
            return 1;
        case 'note':
            return 2;
        default:
            return assertNever(s, 'severity');
    }
}
function cmpStr(a, b) {
    const x = a ?? '';
    const y = b ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
}
function cmpNum(a, b, missing) {
    return (a ?? missing) - (b ?? missing);
}
/**
 * Most severe first; within a severity the earliest redeploy first (a finding without a cycle holds
 * from the first `up`, so it counts as cycle 0); then by place and rule so the order is stable.
 */
function compareFindings(a, b) {
    return (severityRank(a.severity) - severityRank(b.severity) ||
        cmpNum(a.cycle, b.cycle, 0) ||
        cmpStr(a.file, b.file) ||
        cmpNum(a.line, b.line, 0) ||
        cmpNum(a.column, b.column, 0) ||
        cmpStr(a.rule, b.rule) ||
        cmpStr(a.host, b.host) ||
        cmpStr(a.model, b.model) ||
        cmpStr(a.message, b.message));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** findings that count (not suppressed), in display order */
function activeFindings(report) {
    return sortFindings(report.findings.filter((f) => !f.suppressed));
}
function suppressedFindings(report) {
    return sortFindings(report.findings.filter((f) => f.suppressed));
}
function countFindings(report) {
    const c = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
    for (const f of report.findings) {
        if (f.suppressed) {
            c.suppressed++;
            continue;
        }
        switch (f.severity) {
            case 'error':
                c.errors++;
                break;
            case 'warning':
                c.warnings++;
                break;
            case 'note':
                c.notes++;
                break;
            default:
                assertNever(f.severity, 'severity');
        }
    }
    return c;
}
/** the rule that says a simulation stopped at a budget before every redeploy asked for was answered */
const INCOMPLETE_RULE = 'simulation-incomplete';
/**
 * The findings saying that a simulation stopped early, suppressed or not: a check with any is never
 * clean (nothing after the cycles simulated was looked at), whatever else the report says.
 */
function unfinished(report) {
    return report.findings.filter((f) => f.rule === INCOMPLETE_RULE);
}
/**
 * "findings" when an error or a warning is left after suppressions, or a simulation did not finish;
 * notes alone are informational
 */
function outcomeOf(report) {
    const c = countFindings(report);
    return c.errors + c.warnings > 0 || unfinished(report).length > 0 ? 'findings' : 'clean';
}
/** whether the step fails under `fail-on` */
function fails(report, failOn) {
    const c = countFindings(report);
    switch (failOn) {
        case 'error':
            return c.errors > 0;
        case 'warning':
            return c.errors + c.warnings > 0;
        case 'never':
            return false;
        default:
            return assertNever(failOn, 'fail-on');
    }
}
/** whether a host's first collision was accepted: its reserved-collision findings are all suppressed */
function collisionSuppressed(report, h) {
    const mine = report.findings.filter((f) => f.rule === 'reserved-collision' && f.host === h.name && (f.model === undefined || f.model === h.model));
    return mine.length > 0 && mine.every((f) => f.suppressed);
}
/** the earliest first collision over all hosts and models (suppressed ones left out), or null */
function earliestCollision(report) {
    let best = null;
    for (const h of report.hosts) {
        if (!h.firstCollision || collisionSuppressed(report, h))
            continue;
        if (!best || h.firstCollision.cycle < best.firstCollision.cycle)
            best = h;
    }
    return best;
}
/** hosts by name (an unknown engine yields one HostReport per model for the same host) */
function hostNames(report) {
    return [...new Set(report.hosts.map((h) => h.name))];
}
/**
 * Joins the check root's position inside the repository ("" or "deploy/prod") with a path relative to
 * the check root, giving a path relative to the repository root with forward slashes.
 */
function repoPath(prefix, file) {
    const f = file.replace(/\\/g, '/').replace(/^\.\//, '');
    const p = (prefix ?? '').replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
    return p === '' ? f : `${p}/${f}`;
}
/** 1000 → "1,000" (fixed locale so that output does not depend on the machine) */
function thousands(n) {
    return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function plural(n, one, many = `${one}s`) {
    return `${thousands(n)} ${n === 1 ? one : many}`;
}
/** cuts a string to at most `max` characters (code points are not split), adding "…" */
function clip(s, max) {
    if (s.length <= max)
        return s;
    let cut = s.slice(0, Math.max(0, max - 1));
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    return cut + '…';
}

;// CONCATENATED MODULE: ./src/digits.ts
// Thousands separators without Intl: the first `toLocaleString` of a process initialises ICU, which
// costs 20–30 ms — a tenth of a whole check on a small repository. Same output as
// `n.toLocaleString('en-US')` for integers (test/digits.test.ts compares the two).
/** 1234567 → "1,234,567"; -1000 → "-1,000"; bigints too. Non-integers are printed as String(n). */
function groupDigits(n) {
    if (typeof n === 'number' && (!Number.isInteger(n) || !Number.isFinite(n)))
        return String(n);
    const text = (typeof n === 'bigint' ? n : BigInt(n)).toString();
    const sign = text.startsWith('-') ? '-' : '';
    const digits = sign ? text.slice(1) : text;
    const head = digits.length % 3 || 3;
    let out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return sign + out;
}

;// CONCATENATED MODULE: ./src/args.ts
// Command-line arguments → check options. Pure: takes argv, returns options or throws ConfigError.




const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'];
const FAIL_ON = ['error', 'warning', 'never'];
const USAGE = `Usage: subnet-guard [DIR] [options]

Replays Docker's subnet allocation for the compose projects in DIR (default .) over N redeploys
per host and Engine version, and reports every redeploy that would put a network on a reserved range.

Options:
  --inventory FILE     network inventory (default: DIR/network-inventory.yaml when present)
  --compose GLOB       compose files to use instead of discovery (repeatable)
  --daemon FILE        daemon.json for hosts that do not name one
  --engine VERSION     Docker Engine version for every host ("20.10.24", "26.1", "28", "unknown")
  --cycles N           redeploys to simulate (default: the inventory's, else 1000)
  --timeline N         list the first N redeploys in the report (default 0)
  --format FORMAT      text | json | sarif | markdown | github (default text)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error | warning | never (default error)
  --baseline FILE      findings accepted earlier: reported as suppressed, never fail
                       (default: DIR/.subnet-guard-baseline.json when present)
  --write-baseline FILE
                       accept every current finding: write them to FILE in the format --baseline
                       reads (keeping the reasons of the baseline in use), print how many, exit 0
  -h, --help           this text
  --version            the version

Exit status: 0 nothing at or above the fail level (or a baseline written), 1 findings, 2 the input
could not be used.`;
/** Parses a count: digits, optionally with _ or , separators, or scientific notation like 1e9. */
function parseCount(text, what, max = Number.MAX_SAFE_INTEGER) {
    const s = text.trim().replace(/[_,]/g, '');
    const n = /^\d+$/.test(s) ? Number(s) : /^\d+(\.\d+)?e\d+$/i.test(s) ? Number(s) : NaN;
    if (!Number.isSafeInteger(n) || n < 0 || n > max) {
        throw new errors_ConfigError(`${what} must be a whole number from 0 to ${groupDigits(max)}, got "${text}"`);
    }
    return n;
}
function oneOf(value, allowed, what) {
    if (allowed.includes(value))
        return value;
    throw new errors_ConfigError(`${what} must be one of ${allowed.join(', ')}, got "${value}"`);
}
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                inventory: { type: 'string' },
                compose: { type: 'string', multiple: true },
                daemon: { type: 'string' },
                engine: { type: 'string' },
                cycles: { type: 'string' },
                timeline: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                baseline: { type: 'string' },
                'write-baseline': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (e) {
        throw new errors_ConfigError(`${e.message.replace(/\. To specify.*$/s, '')}\n\n${USAGE}`);
    }
    const { values: v, positionals } = parsed;
    if (positionals.length > 1)
        throw new errors_ConfigError(`expected at most one directory, got ${positionals.join(' ')}\n\n${USAGE}`);
    return {
        dir: positionals[0] ?? '.',
        inventory: v.inventory,
        compose: v.compose,
        daemon: v.daemon,
        engine: v.engine,
        cycles: v.cycles !== undefined ? parseCount(v.cycles, '--cycles') : undefined,
        timeline: v.timeline !== undefined ? parseCount(v.timeline, '--timeline', 100_000) : 0,
        format: v.format !== undefined ? oneOf(v.format, FORMATS, '--format') : 'text',
        output: v.output,
        failOn: v['fail-on'] !== undefined ? oneOf(v['fail-on'], FAIL_ON, '--fail-on') : 'error',
        baseline: v.baseline,
        writeBaseline: v['write-baseline'],
        help: !!v.help,
        version: !!v.version,
    };
}
function exitCodeFor(report, failOn) {
    return fails(report, failOn) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/versions.ts
class EngineVersionError extends Error {
}
function parseEngineVersion(text) {
    const s = String(text).trim().toLowerCase();
    if (s === '' || s === 'unknown' || s === 'any')
        return 'unknown';
    const m = /^v?(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?(?:[-+~][0-9a-z.+~-]*)?$/.exec(s);
    if (!m) {
        throw new EngineVersionError(`"${text}" is not a Docker Engine version (expected e.g. "20.10.24", "26.1" or "unknown")`);
    }
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function atLeast(v, min) {
    for (let i = 0; i < 3; i++) {
        if (v[i] !== min[i])
            return v[i] > min[i];
    }
    return true;
}
function behaviourOf(version, v) {
    // 27.0.0 was never released; 27.0.1 is the first first-fit engine
    const firstFit = atLeast(v, [27, 0, 0]);
    return {
        version,
        model: firstFit ? 'first-fit' : 'round-robin',
        routeCheck: atLeast(v, [20, 10, 15]) ? 'on-link' : 'all-routes',
        docker0: atLeast(v, [23, 0, 4]) ? 'dynamic' : 'elect',
        fixedCidrIsSubnet: atLeast(v, [23, 0, 5]),
    };
}
/** The behaviours to check for a version string: one, or both models when the version is unknown. */
function behavioursFor(version) {
    const v = parseEngineVersion(version);
    if (v === 'unknown') {
        // made by behaviourOf like every other (a spread copy had another shape, and the simulation's
        // compiled code, met with it, was thrown away)
        return [behaviourOf('unknown', [26, 1, 0]), behaviourOf('unknown', [28, 0, 0])];
    }
    return [behaviourOf(version, v)];
}
/** A representative behaviour for a model (used when only the model is known). */
function behaviourForModel(model, version = 'unknown') {
    return behaviourOf(version, model === 'first-fit' ? [28, 0, 0] : [26, 1, 0]);
}
/** Docker's own error texts, per model. */
const DOCKER_ERRORS = {
    poolOverlap(model) {
        return model === 'first-fit'
            ? 'invalid pool request: Pool overlaps with other one on this address space'
            : 'Pool overlaps with other one on this address space';
    },
    exhausted(model, family) {
        return model === 'first-fit'
            ? 'all predefined address pools have been fully subnetted'
            : `could not find an available, non-overlapping IPv${family} address pool among the defaults to assign to the network`;
    },
};

// EXTERNAL MODULE: ./node_modules/ip-address/dist/ip-address.js
var ip_address = __nccwpck_require__(9253);
;// CONCATENATED MODULE: ./node_modules/ip-cidr/index.js




class IPCIDR {
  constructor(cidr) {
    if(typeof cidr !== 'string' || !cidr.match('/')) {
      throw new Error('Invalid CIDR address.');
    }

    const address = this.constructor.createAddress(cidr);
    this.cidr = address.address;
    this.ipAddressType = address.constructor;
    this.address = address;
    this.addressStart = address.startAddress();
    this.addressEnd = address.endAddress();    
    this.addressStart.subnet = this.addressEnd.subnet = this.address.subnet;
    this.addressStart.subnetMask = this.addressEnd.subnetMask = this.address.subnetMask;
    const end = BigInt(this.addressEnd.bigInteger());
    const start = BigInt(this.addressStart.bigInteger());
    this.size = end - start + 1n;
  }
  
  contains(address) {
    try {
      if(!(address instanceof ip_address.Address6) && !(address instanceof ip_address.Address4)) {
        if(typeof address == 'bigint') {
          address = this.ipAddressType.fromBigInteger(address);
        }
        else {
          address = this.constructor.createAddress(address);
        }
      }

      return address.isInSubnet(this.address);
    }
    catch(err) {
      return false;
    }   
  }

  start(options) {
    return this.constructor.formatIP(this.addressStart, options);
  }

  end(options) {
    return this.constructor.formatIP(this.addressEnd, options);
  }

  toString() {
    return this.cidr;
  }

  toRange(options) {
    return [this.constructor.formatIP(this.addressStart, options), this.constructor.formatIP(this.addressEnd, options)];
  }

  toObject(options) {
    return {
      start: this.constructor.formatIP(this.addressStart, options),
      end: this.constructor.formatIP(this.addressEnd, options)
    };
  }

  toArray(options, results) {
    options = options || {};
    const list = [];
    const start = this.constructor.formatIP(this.addressStart, { type: 'bigInteger' });
    const end = this.constructor.formatIP(this.addressEnd, { type: 'bigInteger' });
    const length = end - start + 1n;
    const info = this.getChunkInfo(length, options);

    if(results)  {
      Object.assign(results, info);
    }

    this.loopInfo(info, (val) => {
      const num = start + val;
      const ip = this.constructor.formatIP(this.ipAddressType.fromBigInteger(num), options);
      list.push(ip);
    });

    return list;
  }
  
  loop(fn, options, results) {
    options = options || {};
    const promise = [];
    const start = this.constructor.formatIP(this.addressStart, { type: 'bigInteger' });
    const end = this.constructor.formatIP(this.addressEnd, { type: 'bigInteger' });
    const length = end - start + 1n;
    const info = this.getChunkInfo(length, options);
    
    if(results)  {
      Object.assign(results, info);
    }

    this.loopInfo(info, (val) => {
      const num = start + val;
      const ip = this.constructor.formatIP(this.ipAddressType.fromBigInteger(num), options);
      promise.push(fn(ip));
    });

    return Promise.all(promise);
  }

  loopInfo(info, fn) {
    let i = info.from;

    while(i < info.to) {
      fn(i);
      i = i + 1n;
    }
  }

  getChunkInfo(length, options) {
    let from = options.from;
    let limit = options.limit;
    let to = options.to;
    let maxLength;
    const addressBigInteger = this.constructor.formatIP(this.address, { type: 'bigInteger' });

    const getBigInteger = (val) => {
      if(typeof val == 'string' && val.match(/:|\./)) {
        return this.constructor.formatIP(this.constructor.createAddress(val), { type: 'bigInteger' }) - addressBigInteger;
      }
      else if(typeof val != 'object') {
        return BigInt(val + '');
      }

      return val;
    }

    from = getBigInteger(from !== undefined? from: 0);

    if(to !== undefined) {
      to = getBigInteger(to);
      limit = to - from;
    }
    else {
      limit = limit !== undefined? getBigInteger(limit): length;
    }   

    maxLength = length - from;
    
    if(limit > maxLength) {
      limit = maxLength;
    }
    
    to = from + limit;
    return {
      from: from,
      to: to,
      limit: limit,
      length: length
    };
  }
}

IPCIDR.formatIP = function(address, options) {
  options = options || {};

  if (options.type == "bigInteger") {
    return BigInt(address.bigInteger());
  }
  else if (options.type == "addressObject") {
    return address;
  }

  return address.addressMinusSuffix;
}

IPCIDR.createAddress = function (val) {
  if(typeof val !== 'string') {
    throw new Error('Invalid IP address.');
  }

  val.match(/:.\./) && (val = val.split(':').pop());
  const ipAddressType = val.match(":")? ip_address.Address6: ip_address.Address4;
  let ip = new ipAddressType(val);

  if(ip.v4 && val.match(":") && ip.address4) {
    ip = ip.address4;
  }

  if(ip.v4) {
    const parts = ip.addressMinusSuffix.split('.');

    for(let i = 0; i < parts.length; i++) {
      const part = parts[i].split('/')[0];

      if(part[0] == '0' && part.length > 1) {
        throw new Error('Invalid IPv4 address.');
      }
    }
  }

  return ip
}

IPCIDR.isValidAddress = function (address) {
  try {
    return !!this.createAddress(address);
  }
  catch(err) {
    return false;
  }
}

IPCIDR.isValidCIDR = function (address) {
  if(typeof address !== 'string' || !address.match('/')) {
    return false;
  }

  try {
    return !!this.createAddress(address);
  }
  catch(err) {
    return false;
  }
}

/* harmony default export */ const ip_cidr = (IPCIDR);

;// CONCATENATED MODULE: ./src/net/prefix.ts
// IP prefixes as integers: IPv4 as a number (0 … 2^32−1), IPv6 as a bigint. `ip-cidr` is used only
// here, at the parsing boundary; everything on the hot path is integer arithmetic.

const TWO32 = 4294967296;
const V6_MAX = (1n << 128n) - 1n;
/**
 * Parsed texts, memoised: rules and the simulation parse the same few subnets once per cycle, and
 * ip-cidr costs tens of microseconds a call. Bounded (cleared when full); results are immutable.
 */
const parsed = new Map();
const MAX_MEMO = 50_000;
/** Parses "a.b.c.d/n" or "x::/n". Returns an error text (what is wrong) instead of throwing. */
function parsePrefix(text) {
    if (typeof text !== 'string')
        return { error: 'not a string' };
    const hit = parsed.get(text);
    if (hit)
        return 'error' in hit ? { error: hit.error } : { prefix: hit.prefix, canonical: hit.canonical };
    const r = parsePrefixUncached(text);
    if (parsed.size >= MAX_MEMO)
        parsed.clear();
    parsed.set(text, r);
    return 'error' in r ? { error: r.error } : { prefix: r.prefix, canonical: r.canonical };
}
/**
 * For tests only: parses as parsePrefix does but without the memo and without the IPv6 fast path,
 * i.e. every IPv6 text goes through ip-cidr. The fast path must answer exactly as this does.
 */
function parsePrefixReference(text) {
    if (typeof text !== 'string')
        return { error: 'not a string' };
    return parsePrefixUncached(text, false);
}
function parsePrefixUncached(text, fast = true) {
    const s = text.trim();
    const slash = s.indexOf('/');
    if (slash < 0)
        return { error: `"${text}" is not a CIDR prefix (no /length)` };
    const lenText = s.slice(slash + 1);
    const isV6 = s.slice(0, slash).includes(':');
    const maxBits = isV6 ? 128 : 32;
    if (!/^\d{1,3}$/.test(lenText) || Number(lenText) > maxBits) {
        return { error: `"${text}": prefix length must be 0 to ${maxBits}` };
    }
    if (!isV6) {
        const octets = s.slice(0, slash).split('.');
        if (octets.length !== 4 || octets.some((o) => !/^(0|[1-9]\d{0,2})$/.test(o) || Number(o) > 255)) {
            return { error: `"${text}": ${s.slice(0, slash)} is not an IPv4 address (each of 4 parts must be 0 to 255)` };
        }
    }
    const bits = Number(lenText);
    if (!isV6) {
        // checked above: four decimal octets 0…255 and a length 0…32; ip-cidr accepts these when the length
        // has at most two digits ("/08" yes, "/032" no), and we answer as it would
        if (lenText.length > 2)
            return { error: `"${text}" is not a valid CIDR prefix` };
        const o = s.slice(0, slash).split('.');
        const given = ((+o[0] * 256 + +o[1]) * 256 + +o[2]) * 256 + +o[3];
        const size = 2 ** (32 - bits);
        const start = given - (given % size);
        return { prefix: { family: 4, addr: start, bits }, canonical: start === given };
    }
    if (fast) {
        const r = parseV6Fast(s.slice(0, slash), bits);
        if (r !== undefined)
            return r;
    }
    if (!ip_cidr.isValidCIDR(s))
        return { error: `"${text}" is not a valid CIDR prefix` };
    let start;
    let given;
    try {
        const c = new ip_cidr(s);
        start = c.start({ type: 'bigInteger' });
        given = BigInt(c.address.bigInteger());
    }
    catch (e) {
        return { error: `"${text}" is not a valid CIDR prefix` };
    }
    if (isV6) {
        return { prefix: { family: 6, addr: BigInt(start), bits }, canonical: BigInt(start) === given };
    }
    return { prefix: { family: 4, addr: Number(start), bits }, canonical: BigInt(start) === given };
}
/** value of the hex digit with this char code (0-9, a-f, A-F), or -1 */
function hexDigit(c) {
    if (c >= 48 && c <= 57)
        return c - 48; // 0-9
    if (c >= 97 && c <= 102)
        return c - 87; // a-f
    if (c >= 65 && c <= 70)
        return c - 55; // A-F
    return -1;
}
/**
 * The IPv6 fast path (parsePrefixUncached): the address part of a prefix whose length (0…128) is
 * already checked, in the plain text form only: 1–8 groups of 1–4 hex digits (either case) separated by
 * ':', at most one '::', which stands for one or more zero groups (so at most 7 groups written with it).
 * Every such text is one ip-cidr accepts, with the same value. Anything else — embedded IPv4, a zone,
 * other characters, and every malformed text (5 hex digits, ':::', two '::', a lone leading or trailing
 * ':', 9 groups, or 8 groups written with '::', which ip-cidr refuses) — gives undefined and is left to
 * ip-cidr, so refusals keep coming from it.
 */
function parseV6Fast(a, bits) {
    const n = a.length;
    if (n < 2 || n > 39)
        return undefined; // "::" … 8 groups of 4 digits and 7 colons
    const groups = [];
    let gap = -1; // number of groups written before '::', -1 without one
    let i = 0;
    if (a.charCodeAt(0) === 58 && a.charCodeAt(1) === 58) {
        gap = 0;
        i = 2;
    }
    while (i < n) {
        let v = 0;
        let digits = 0;
        for (; i < n; i++) {
            const d = hexDigit(a.charCodeAt(i));
            if (d < 0)
                break;
            if (++digits > 4)
                return undefined;
            v = v * 16 + d;
        }
        if (digits === 0 || groups.length === 8)
            return undefined; // an empty group (":::", ":x", "x:"), a 9th group
        groups.push(v);
        if (i === n)
            break;
        if (a.charCodeAt(i) !== 58)
            return undefined; // not ':' (a '.', '%', space …)
        i++;
        if (i < n && a.charCodeAt(i) === 58) {
            if (gap >= 0)
                return undefined; // a second '::'
            gap = groups.length;
            i++;
        }
        else if (i === n) {
            return undefined; // a trailing single ':'
        }
    }
    if (gap < 0 ? groups.length !== 8 : groups.length > 7)
        return undefined;
    let given = 0n;
    const zeros = 8 - groups.length; // groups that '::' stands for (0 without one)
    for (let k = 0; k < groups.length; k++) {
        if (k === gap)
            given <<= BigInt(16 * zeros);
        given = (given << 16n) | BigInt(groups[k]);
    }
    if (gap === groups.length)
        given <<= BigInt(16 * zeros); // '::' at the end
    const host = BigInt(128 - bits);
    const start = (given >> host) << host;
    return { prefix: { family: 6, addr: start, bits }, canonical: start === given };
}
/** Parses an address ("10.0.0.2", "fd00::1") as a host prefix (/32 or /128). */
function parseAddress(text) {
    if (typeof text !== 'string')
        return { error: 'not a string' };
    const s = text.trim();
    if (s.includes('/')) {
        const p = parsePrefix(s);
        return 'error' in p ? p : p.prefix;
    }
    const r = parsePrefix(s + (s.includes(':') ? '/128' : '/32'));
    if ('error' in r)
        return { error: `"${text}" is not an IP address` };
    return r.prefix;
}
function prefixOf(text) {
    const r = parsePrefix(text);
    if ('error' in r)
        throw new Error(r.error);
    return r.prefix;
}
function v4(addr, bits) {
    return { family: 4, addr, bits };
}
function v6(addr, bits) {
    return { family: 6, addr, bits };
}
/** 2^(32 − bits) for bits 0…32: the number of addresses in an IPv4 prefix (a table: this is on every probe) */
const V4_SIZE = Array.from({ length: 33 }, (_, bits) => 2 ** (32 - bits));
/** addresses in an IPv4 prefix of this length; `2 ** (32 − bits)` with a variable exponent is a slow call */
function v4Size(bits) {
    return V4_SIZE[bits] ?? 2 ** (32 - bits);
}
/** last address of the prefix */
function lastAddr4(p) {
    return p.addr + v4Size(p.bits) - 1;
}
function lastAddr6(p) {
    return p.addr | (V6_MAX >> BigInt(p.bits));
}
function overlaps(a, b) {
    if (a.family === 4) {
        if (b.family !== 4)
            return false;
        return a.addr <= lastAddr4(b) && b.addr <= lastAddr4(a);
    }
    if (b.family !== 6)
        return false;
    return a.addr <= lastAddr6(b) && b.addr <= lastAddr6(a);
}
/** outer contains inner (equal counts) */
function prefix_contains(outer, inner) {
    if (outer.family !== inner.family || outer.bits > inner.bits)
        return false;
    return overlaps(outer, inner);
}
function equal(a, b) {
    return a.family === b.family && a.bits === b.bits && a.addr === b.addr;
}
/** Number of subnets of length `size` in `base` (as a bigint: fd00::/8 at 128 is 2^120). */
function subnetCount(base, size) {
    if (size < base.bits)
        return 0n;
    return 1n << BigInt(size - base.bits);
}
/** The i-th subnet (0-based, ascending) of length `size` inside `base`. */
function nthSubnet(base, size, i) {
    if (base.family === 4) {
        return { family: 4, addr: base.addr + Number(i) * v4Size(size), bits: size };
    }
    return { family: 6, addr: base.addr + (BigInt(i) << BigInt(128 - size)), bits: size };
}
/** Index of the subnet of length `size` in `base` that contains address-prefix p's start. */
function subnetIndex(base, size, p) {
    if (base.family === 4 && p.family === 4)
        return BigInt(Math.floor((p.addr - base.addr) / v4Size(size)));
    if (base.family === 6 && p.family === 6)
        return (p.addr - base.addr) >> BigInt(128 - size);
    throw new Error('family mismatch');
}
function formatAddress(family, addr) {
    if (family === 4) {
        const n = Number(addr);
        return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
    }
    let a = BigInt(addr);
    const groups = [];
    for (let i = 0; i < 8; i++) {
        groups.unshift(Number(a & 0xffffn));
        a >>= 16n;
    }
    // RFC 5952: compress the longest run (length ≥ 2) of zero groups, the first one on a tie
    let bestStart = -1;
    let bestLen = 0;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    const left = hex.slice(0, bestStart).join(':');
    const right = hex.slice(bestStart + bestLen).join(':');
    return `${left}::${right}`;
}
function formatPrefix(p) {
    return `${formatAddress(p.family, p.addr)}/${p.bits}`;
}
/** Compares by family, then address, then prefix length (the order Engine ≥ 27 sorts pools in). */
function comparePrefix(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    if (a.addr !== b.addr)
        return a.addr < b.addr ? -1 : 1;
    return a.bits - b.bits;
}
/** The start of the next aligned block of length `size` at or after `addr`. */
function alignUp4(addr, size) {
    const step = v4Size(size);
    return Math.ceil(addr / step) * step;
}
function alignUp6(addr, size) {
    const step = 1n << BigInt(128 - size);
    return ((addr + step - 1n) / step) * step;
}
const MAX_V4 = TWO32 - 1;
const MAX_V6 = (/* unused pure expression or super */ null && (V6_MAX));

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/load/yaml-fast.ts
/** Give up on nesting deeper than this (the full reader refuses at 128, with its message). */
const MAX_FAST_DEPTH = 64;
/** Give up past this many nodes (aliases expanded): the full reader applies the real limits. */
const MAX_FAST_NODES = 100_000;
class GiveUp {
}
const GIVE_UP = new GiveUp();
function giveUp() {
    throw GIVE_UP;
}
// characters that cannot start a plain scalar (YAML 1.2 c-indicator), '-' '?' ':' handled apart
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars */
function resolvePlain(s) {
    const c = s.charCodeAt(0);
    // fast exit for the common case: text starting with a letter other than those of null/true/false
    if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL')
        return null;
    if (s === 'true' || s === 'True' || s === 'TRUE')
        return true;
    if (s === 'false' || s === 'False' || s === 'FALSE')
        return false;
    const maybeNumber = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
    if (!maybeNumber)
        return s;
    if (/^0o[0-7]+$/.test(s))
        return parseInt(s.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(s))
        return parseInt(s, 10);
    if (/^0x[0-9a-fA-F]+$/.test(s))
        return parseInt(s.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
        return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
        return parseFloat(s);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
        return parseFloat(s);
    return s;
}
const ESCAPES = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', e: '\x1b', a: '\x07', v: '\v', ' ': ' ' };
class FastReader {
    file;
    lines;
    /** offset of each line's first character; one more entry when the text ends with a newline */
    starts;
    /** the next line to read */
    li = 0;
    anchors = new Map();
    inProgress = new Set();
    /** size and height of the collections read so far (a Map: it lives only as long as this reader) */
    shapes = new Map();
    decoded = 0;
    constructor(text, file) {
        this.file = file;
        this.lines = text.split('\n');
        this.starts = new Array(this.lines.length);
        let o = 0;
        for (let i = 0; i < this.lines.length; i++) {
            this.starts[i] = o;
            o += this.lines[i].length + 1;
        }
    }
    // ---- positions
    lineOf(offset) {
        const { starts } = this;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    pos(start, end) {
        const a = this.lineOf(start);
        const b = end === start ? a : this.lineOf(end);
        return { file: this.file, line: a + 1, column: start - this.starts[a] + 1, endLine: b + 1, endColumn: end - this.starts[b] + 1 };
    }
    // ---- budget (the full reader's limits are applied there: here we only stay well inside them)
    count(nodes) {
        this.decoded += nodes;
        if (this.decoded > MAX_FAST_NODES)
            giveUp();
    }
    shaped(y, size, height, depth) {
        if (depth + height > MAX_FAST_DEPTH)
            giveUp();
        // a scalar's shape is the default: only collections are recorded (most nodes are scalars)
        if (size !== 1 || height !== 1)
            this.shapes.set(y, { size, height });
        return y;
    }
    shape(y) {
        return this.shapes.get(y) ?? { size: 1, height: 1 };
    }
    // ---- lines
    indentOf(line) {
        let i = 0;
        while (i < line.length && line.charCodeAt(i) === 32)
            i++;
        return i;
    }
    /** true for a line that holds nothing but spaces and perhaps a comment */
    isBlank(line) {
        const i = this.indentOf(line);
        return i === line.length || line.charCodeAt(i) === 35;
    }
    /** moves past blank and comment lines; the indentation of the next content line, or -1 at the end */
    nextContent() {
        while (this.li < this.lines.length && this.isBlank(this.lines[this.li]))
            this.li++;
        return this.li < this.lines.length ? this.indentOf(this.lines[this.li]) : -1;
    }
    /** after a value that ended at column `col` of the current line: only spaces and a comment may follow */
    endOfLine(line, col) {
        let i = col;
        while (i < line.length && line.charCodeAt(i) === 32)
            i++;
        if (i < line.length) {
            if (line.charCodeAt(i) !== 35 || i === col)
                giveUp(); // "#" must follow a space
        }
        this.li++;
    }
    // ---- document
    read() {
        const first = this.lines[0];
        if (first === '---' || first.startsWith('--- #'))
            this.li = 1;
        for (let i = this.li; i < this.lines.length; i++) {
            const l = this.lines[i];
            if (l.startsWith('---') || l.startsWith('...') || l.startsWith('%'))
                giveUp();
        }
        const indent = this.nextContent();
        if (indent < 0)
            giveUp(); // an empty document: rare, left to the full reader
        const root = this.block(indent, 0, false);
        if (this.nextContent() >= 0)
            giveUp();
        if (root.kind === 'scalar')
            giveUp();
        return [{ file: this.file, root }];
    }
    /** a block mapping or sequence starting at the current line, indented by `indent` */
    block(indent, depth, seqAtKeyIndent) {
        if (depth > MAX_FAST_DEPTH)
            giveUp();
        const line = this.lines[this.li];
        const c = line.charCodeAt(indent);
        if (c === 45 && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 32))
            return this.seq(indent, depth);
        if (seqAtKeyIndent)
            giveUp();
        return this.map(indent, indent, depth);
    }
    seq(indent, depth) {
        const items = [];
        const start = this.starts[this.li] + indent;
        const y = { kind: 'seq', items, pos: undefined };
        this.count(1);
        let size = 1;
        let height = 0;
        let end = start;
        for (;;) {
            const line = this.lines[this.li];
            let col = indent + 1;
            while (col < line.length && line.charCodeAt(col) === 32)
                col++;
            const item = this.inlineOrNested(line, col, indent, depth + 1, true);
            items.push(item.node);
            end = item.end;
            const sh = this.shape(item.node);
            size += sh.size;
            height = Math.max(height, sh.height);
            const next = this.nextContent();
            if (next < indent)
                break;
            if (next > indent)
                giveUp();
            const l = this.lines[this.li];
            if (!(l.charCodeAt(indent) === 45 && (indent + 1 === l.length || l.charCodeAt(indent + 1) === 32)))
                break;
        }
        y.pos = this.pos(start, end);
        return this.shaped(y, size, height + 1, depth);
    }
    /**
     * A mapping whose first key starts at column `col` of the current line; its later keys start at
     * column `indent` of later lines (col > indent for a mapping that starts after "- ").
     */
    map(indent, col, depth) {
        const entries = new Map();
        const start = this.starts[this.li] + col;
        const y = { kind: 'map', entries, pos: undefined };
        this.count(1);
        const merged = [];
        let size = 1;
        let height = 0;
        let end = start;
        const add = (v) => {
            const sh = this.shape(v);
            size += sh.size;
            height = Math.max(height, sh.height);
        };
        for (;;) {
            const line = this.lines[this.li];
            const key = this.key(line, col);
            let vcol = key.colonEnd;
            while (vcol < line.length && line.charCodeAt(vcol) === 32)
                vcol++;
            if (key.merge) {
                const v = this.inlineOrNested(line, vcol, indent, depth + 1, false);
                end = v.end;
                if (v.node.kind === 'map')
                    merged.push(v.node);
                else if (v.node.kind === 'seq' && v.viaFlow && v.node.items.every((m) => m.kind === 'map'))
                    merged.push(...v.node.items);
                else
                    giveUp();
            }
            else {
                if (entries.has(key.text))
                    giveUp();
                const v = this.inlineOrNested(line, vcol, indent, depth + 1, false);
                end = v.end;
                add(v.node);
                entries.set(key.text, { key: key.text, keyPos: key.pos, value: v.node });
            }
            const next = this.nextContent();
            if (next < indent)
                break;
            if (next > indent)
                giveUp();
            col = indent;
            const l = this.lines[this.li];
            if (l.charCodeAt(indent) === 45 && (indent + 1 === l.length || l.charCodeAt(indent + 1) === 32)) {
                // a sequence item at the mapping's indentation: it belongs to an outer sequence
                break;
            }
        }
        for (const src of merged) {
            for (const [k, e] of src.entries) {
                if (entries.has(k))
                    continue;
                entries.set(k, e);
                add(e.value);
            }
        }
        y.pos = this.pos(start, end);
        return this.shaped(y, size, height + 1, depth);
    }
    /** a block mapping key at `col`: plain or quoted, then ':' and a space or the end of the line */
    key(line, col) {
        const base = this.starts[this.li];
        const c = line[col];
        if (c === '"' || c === "'") {
            const q = this.quoted(line, col);
            if (line.charCodeAt(q.end) !== 58)
                giveUp();
            const after = q.end + 1;
            if (after < line.length && line.charCodeAt(after) !== 32)
                giveUp();
            return { text: q.value, pos: this.pos(base + col, base + q.end), colonEnd: after, merge: false };
        }
        if (c === undefined || INDICATORS.has(c))
            giveUp();
        // the first ': ' (or ':' at the end) ends a plain key; " #" before it would start a comment
        let i = col;
        for (;;) {
            i = line.indexOf(':', i);
            if (i < 0)
                giveUp();
            if (i + 1 === line.length || line.charCodeAt(i + 1) === 32)
                break;
            i++;
        }
        const raw = line.slice(col, i);
        if (raw.includes(' #') || raw.endsWith(' '))
            giveUp();
        const value = resolvePlain(raw);
        if (value === null)
            giveUp();
        return { text: String(value), pos: this.pos(base + col, base + i), colonEnd: i + 1, merge: raw === '<<' };
    }
    /**
     * The value starting at column `col` of the current line (after "key:" or "- " and spaces), or on
     * the following lines when nothing but a comment follows there. `indent` is the indentation of the
     * mapping or sequence it belongs to. `end` is the offset where its text ends.
     */
    inlineOrNested(line, col, indent, depth, inSeq) {
        if (depth > MAX_FAST_DEPTH)
            giveUp();
        const base = this.starts[this.li];
        let anchor;
        if (line.charCodeAt(col) === 38) {
            // &anchor
            let j = col + 1;
            while (j < line.length && line.charCodeAt(j) !== 32)
                j++;
            anchor = line.slice(col + 1, j);
            if (!/^[A-Za-z0-9_.-]+$/.test(anchor))
                giveUp();
            col = j;
            while (col < line.length && line.charCodeAt(col) === 32)
                col++;
        }
        return this.value(line, col, indent, depth, inSeq, base, anchor);
    }
    /** the value at `col` after its anchor, if any (registered under that name once built) */
    value(line, col, indent, depth, inSeq, base, anchor) {
        const register = (n) => {
            if (anchor !== undefined) {
                this.inProgress.delete(anchor);
                this.anchors.set(anchor, n);
            }
            return n;
        };
        if (anchor !== undefined) {
            if (this.anchors.has(anchor))
                giveUp(); // redefinition: left to the full reader
            this.inProgress.add(anchor);
        }
        const c = col < line.length ? line[col] : '';
        if (c === '' || c === '#') {
            if (c === '#' && col > 0 && line.charCodeAt(col - 1) !== 32)
                giveUp();
            // nothing on this line: a nested block, or an empty value
            const at = base + col;
            this.li++;
            const next = this.nextContent();
            if (next > indent) {
                const n = this.block(next, depth, false);
                return { node: register(n), end: this.endOf(n) };
            }
            if (next === indent && !inSeq) {
                const l = this.lines[this.li];
                if (l.charCodeAt(indent) === 45 && (indent + 1 === l.length || l.charCodeAt(indent + 1) === 32)) {
                    const n = this.seq(indent, depth);
                    return { node: register(n), end: this.endOf(n) };
                }
            }
            if (anchor !== undefined)
                giveUp();
            this.count(1);
            const n = { kind: 'scalar', value: null, pos: this.pos(at, at) };
            return { node: this.shaped(n, 1, 1, depth), end: at };
        }
        if (c === '*') {
            if (anchor !== undefined)
                giveUp();
            let j = col + 1;
            while (j < line.length && line.charCodeAt(j) !== 32)
                j++;
            const name = line.slice(col + 1, j);
            const target = this.anchors.get(name);
            if (!target || this.inProgress.has(name))
                giveUp();
            const sh = this.shape(target);
            this.count(sh.size);
            if (depth + sh.height > MAX_FAST_DEPTH)
                giveUp();
            this.endOfLine(line, j);
            return { node: target, end: base + j };
        }
        if (c === '|' || c === '>') {
            const n = this.blockScalar(line, col, indent, depth, base);
            return { node: register(n.node), end: n.end };
        }
        if (c === '[' || c === '{') {
            const f = this.flow(line, col, depth, base);
            this.endOfLine(line, f.next);
            return { node: register(f.node), end: base + f.next, viaFlow: true };
        }
        if (c === '"' || c === "'") {
            const q = this.quoted(line, col);
            if (line.charCodeAt(q.end) === 58) {
                // "key": value — a mapping inside a sequence item
                if (!inSeq)
                    giveUp();
                const n = this.map(col, col, depth);
                return { node: register(n), end: this.endOf(n) };
            }
            this.count(1);
            const n = { kind: 'scalar', value: q.value, pos: this.pos(base + col, base + q.end) };
            this.endOfLine(line, q.end);
            this.noContinuation(indent);
            return { node: register(this.shaped(n, 1, 1, depth)), end: base + q.end };
        }
        if (INDICATORS.has(c) && !(c === '-' && col + 1 < line.length && line.charCodeAt(col + 1) !== 32))
            giveUp();
        // a plain scalar, or "key: value" starting a mapping in a sequence item
        let stop = line.indexOf(' #', col);
        if (stop < 0)
            stop = line.length;
        let k = col;
        for (;;) {
            k = line.indexOf(':', k);
            if (k < 0 || k >= stop)
                break;
            if (k + 1 === line.length || line.charCodeAt(k + 1) === 32) {
                if (!inSeq)
                    giveUp(); // "a: b: c"
                const n = this.map(col, col, depth);
                return { node: register(n), end: this.endOf(n) };
            }
            k++;
        }
        let e = stop;
        while (e > col && line.charCodeAt(e - 1) === 32)
            e--;
        const raw = line.slice(col, e);
        this.count(1);
        const n = { kind: 'scalar', value: resolvePlain(raw), pos: this.pos(base + col, base + e) };
        this.endOfLine(line, e);
        this.noContinuation(indent);
        return { node: register(this.shaped(n, 1, 1, depth)), end: base + e };
    }
    /** a line more indented than the collection after a one-line scalar would continue it: not read here */
    noContinuation(indent) {
        const save = this.li;
        const next = this.nextContent();
        this.li = save;
        if (next > indent)
            giveUp();
    }
    endOf(n) {
        // the collection's own position holds its end (line/column): back to an offset
        const p = n.pos;
        return this.starts[(p.endLine ?? p.line) - 1] + (p.endColumn ?? p.column) - 1;
    }
    // ---- scalars
    quoted(line, col) {
        const q = line[col];
        let out = '';
        let i = col + 1;
        if (q === "'") {
            for (;;) {
                const j = line.indexOf("'", i);
                if (j < 0)
                    giveUp(); // spans lines
                out += line.slice(i, j);
                if (line.charCodeAt(j + 1) === 39) {
                    out += "'";
                    i = j + 2;
                    continue;
                }
                return { value: out, end: j + 1 };
            }
        }
        for (;;) {
            let j = i;
            while (j < line.length && line.charCodeAt(j) !== 34 && line.charCodeAt(j) !== 92)
                j++;
            if (j >= line.length)
                giveUp();
            out += line.slice(i, j);
            if (line.charCodeAt(j) === 34)
                return { value: out, end: j + 1 };
            const e = line[j + 1];
            if (e === undefined)
                giveUp();
            if (e === 'u' || e === 'x') {
                const len = e === 'u' ? 4 : 2;
                const hex = line.slice(j + 2, j + 2 + len);
                if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex))
                    giveUp();
                const code = parseInt(hex, 16);
                if (code >= 0xd800 && code <= 0xdfff)
                    giveUp();
                out += String.fromCharCode(code);
                i = j + 2 + len;
                continue;
            }
            const r = ESCAPES[e];
            if (r === undefined)
                giveUp();
            out += r;
            i = j + 2;
        }
    }
    /** `|` or `>` with an optional `-`, then the more indented lines below */
    blockScalar(line, col, indent, depth, base) {
        const folded = line[col] === '>';
        let h = col + 1;
        let strip = false;
        if (line[h] === '-') {
            strip = true;
            h++;
        }
        if (h < line.length && line.charCodeAt(h) !== 32)
            giveUp(); // "+", an indentation digit, anything else
        this.endOfLine(line, h);
        const first = this.li;
        // the first line with text sets the indentation
        let k = first;
        while (k < this.lines.length && this.indentOf(this.lines[k]) === this.lines[k].length)
            k++;
        if (k >= this.lines.length)
            giveUp();
        const ci = this.indentOf(this.lines[k]);
        if (ci <= indent)
            giveUp(); // empty block scalar
        for (let b = first; b < k; b++)
            if (this.lines[b].length > ci)
                giveUp();
        let last = k;
        let i = k;
        for (; i < this.lines.length; i++) {
            const l = this.lines[i];
            const ind = this.indentOf(l);
            if (ind === l.length)
                continue; // blank
            if (ind < ci)
                break;
            last = i;
        }
        if (last + 1 >= this.lines.length)
            giveUp(); // no newline after the last line: left to the full reader
        const content = this.lines.slice(first, last + 1).map((l) => (l.length > ci ? l.slice(ci) : ''));
        let value;
        if (!folded)
            value = content.join('\n');
        else {
            if (content.some((l) => l.startsWith(' ')))
                giveUp(); // more-indented lines keep their breaks
            value = '';
            let pendingBreaks = 0;
            let started = false;
            for (const l of content) {
                if (l === '') {
                    pendingBreaks++;
                    continue;
                }
                if (started)
                    value += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
                else if (pendingBreaks > 0)
                    value += '\n'.repeat(pendingBreaks);
                value += l;
                started = true;
                pendingBreaks = 0;
            }
        }
        if (!strip)
            value += '\n';
        this.li = last + 1;
        const end = this.starts[last + 1];
        this.count(1);
        const n = { kind: 'scalar', value, pos: this.pos(base + col, end) };
        return { node: this.shaped(n, 1, 1, depth), end };
    }
    // ---- flow collections on one line
    flow(line, col, depth, base) {
        if (depth > MAX_FAST_DEPTH)
            giveUp();
        const isMap = line[col] === '{';
        const close = isMap ? '}' : ']';
        this.count(1);
        const items = [];
        const entries = new Map();
        let size = 1;
        let height = 0;
        const add = (v) => {
            const sh = this.shape(v);
            size += sh.size;
            height = Math.max(height, sh.height);
        };
        let i = col + 1;
        const skip = () => {
            while (i < line.length && line.charCodeAt(i) === 32)
                i++;
        };
        skip();
        while (line[i] !== close) {
            if (isMap) {
                const k = this.flowScalar(line, i, base, true);
                if (k.node.value === null)
                    giveUp();
                i = k.next;
                if (line[i] !== ':')
                    giveUp();
                i++;
                if (line[i] !== ' ')
                    giveUp();
                skip();
                if (line[i] === ',' || line[i] === '}')
                    giveUp(); // an empty value
                const v = this.flowItem(line, i, depth + 1, base);
                i = v.next;
                const key = String(k.node.value);
                if (key === '<<' || entries.has(key))
                    giveUp();
                add(v.node);
                entries.set(key, { key, keyPos: k.node.pos, value: v.node });
            }
            else {
                const v = this.flowItem(line, i, depth + 1, base);
                i = v.next;
                if (line[i] === ':')
                    giveUp(); // a single-pair mapping
                add(v.node);
                items.push(v.node);
            }
            skip();
            if (line[i] === ',') {
                i++;
                skip();
                continue;
            }
            if (line[i] !== close)
                giveUp();
        }
        const pos = this.pos(base + col, base + i + 1);
        const node = isMap ? { kind: 'map', entries, pos } : { kind: 'seq', items, pos };
        return { node: this.shaped(node, size, height + 1, depth), next: i + 1 };
    }
    flowItem(line, i, depth, base) {
        const c = line[i];
        if (c === '[' || c === '{')
            return this.flow(line, i, depth, base);
        if (c === '*') {
            let j = i + 1;
            while (j < line.length && !' ,]}'.includes(line[j]))
                j++;
            const target = this.anchors.get(line.slice(i + 1, j));
            if (!target || this.inProgress.has(line.slice(i + 1, j)))
                giveUp();
            const sh = this.shape(target);
            this.count(sh.size);
            if (depth + sh.height > MAX_FAST_DEPTH)
                giveUp();
            return { node: target, next: j };
        }
        const s = this.flowScalar(line, i, base, false);
        return s;
    }
    flowScalar(line, i, base, isKey) {
        const c = line[i];
        if (c === '"' || c === "'") {
            const q = this.quoted(line, i);
            this.count(isKey ? 0 : 1);
            const n = { kind: 'scalar', value: q.value, pos: this.pos(base + i, base + q.end) };
            let j = q.end;
            while (j < line.length && line.charCodeAt(j) === 32)
                j++;
            if (isKey && line[j] === ':' && j !== q.end)
                giveUp();
            return { node: isKey ? n : this.shaped(n, 1, 1, 0), next: j };
        }
        if (c === undefined || (INDICATORS.has(c) && !(c === '-' && i + 1 < line.length && !' ,]}'.includes(line[i + 1]))))
            giveUp();
        let j = i;
        for (; j < line.length; j++) {
            const d = line[j];
            if (d === ',' || d === ']' || d === '}' || d === '[' || d === '{')
                break;
            if (d === ':' && (j + 1 === line.length || ' ,]}'.includes(line[j + 1])))
                break;
            if (d === '#' && line[j - 1] === ' ')
                giveUp();
        }
        let e = j;
        while (e > i && line.charCodeAt(e - 1) === 32)
            e--;
        if (e === i)
            giveUp();
        this.count(isKey ? 0 : 1);
        const n = { kind: 'scalar', value: resolvePlain(line.slice(i, e)), pos: this.pos(base + i, base + e) };
        return { node: isKey ? n : this.shaped(n, 1, 1, 0), next: j };
    }
}
/** Characters this reader leaves to the full one: tabs, CR, BOM, control characters, lone surrogates. */
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]/;
/**
 * The documents of `text` as parseYamlDocuments would return them, or undefined when the text is not
 * in the subset this reader knows (then the full reader must read it).
 */
function readSimpleYaml(text, file) {
    if (text.length === 0 || UNUSUAL.test(text))
        return undefined;
    try {
        return new FastReader(text, file).read();
    }
    catch (e) {
        if (e === GIVE_UP || e instanceof RangeError)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/load/yaml.ts
// YAML with positions, the way Compose reads it: several documents per file, anchors and aliases
// (expanded, each copy keeping the position of the text that defined it), `<<` merge keys, the
// custom tags `!reset` / `!override` kept on the node, duplicate keys refused, alias bombs and
// absurd nesting refused fast. The `yaml` package parses; this module turns its AST into small
// immutable nodes that carry a SourcePos each.



/** Compose files larger than this are refused before parsing (the YAML parser runs at about 1 MB/s). */
const MAX_COMPOSE_BYTES = 1024 * 1024;
/** Deepest nesting of mappings and sequences accepted. */
const MAX_DEPTH = 128;
/** Hard cap on nodes produced for one document (aliases expanded). */
const MAX_NODES = 300_000;
function mkPos(file, lc, start, end) {
    const a = lc.linePos(start);
    const b = lc.linePos(Math.max(start, end));
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
function filePos(file, line = 1, column = 1) {
    return { file, line, column, endLine: line, endColumn: column };
}
function errAt(message, pos, file) {
    if (pos)
        return new errors_ConfigError(message, { ...pos });
    return new errors_ConfigError(message, { file: file ?? '<unknown>' });
}
/** go-yaml's rule for "excessive aliasing": the share of alias-produced nodes allowed at a given size */
function allowedAliasRatio(decoded) {
    if (decoded <= 400_000)
        return 0.99;
    if (decoded >= 4_000_000)
        return 0.1;
    return 0.99 - (0.89 * (decoded - 400_000)) / 3_600_000;
}
class Converter {
    file;
    lc;
    decoded = 0;
    aliased = 0;
    /** anchors seen so far in document order → the node that defined them */
    anchors = new Map();
    /** converted anchored nodes: an alias reuses the converted (immutable) node */
    converted = new Map();
    inProgress = new Set();
    shapes = new WeakMap();
    constructor(file, lc) {
        this.file = file;
        this.lc = lc;
    }
    pos(node, fallback) {
        const r = node.range;
        if (!r)
            return fallback ?? filePos(this.file);
        return mkPos(this.file, this.lc, r[0], (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? textEnd(node) : r[1]);
    }
    budget(nodes, viaAlias, at) {
        this.decoded += nodes;
        if (viaAlias)
            this.aliased += nodes;
        if (this.decoded > MAX_NODES) {
            throw errAt(`document is too large: more than ${MAX_NODES} nodes after expanding aliases`, at);
        }
        if (this.aliased > 100 && this.decoded > 1000 && this.aliased / this.decoded > allowedAliasRatio(this.decoded)) {
            throw errAt('document contains excessive aliasing (a YAML alias bomb?)', at);
        }
    }
    done(y, size, height, depth) {
        if (depth + height > MAX_DEPTH + 1)
            throw errAt(`nesting deeper than ${MAX_DEPTH} levels`, y.pos);
        this.shapes.set(y, { size, height });
        return y;
    }
    shape(y) {
        return this.shapes.get(y) ?? { size: 1, height: 1 };
    }
    convert(node, depth, fallback) {
        if (depth > MAX_DEPTH) {
            const at = node && typeof node === 'object' && 'range' in node ? this.pos(node, fallback) : fallback;
            throw errAt(`nesting deeper than ${MAX_DEPTH} levels`, at, this.file);
        }
        if ((0,dist/* isAlias */.Vj)(node)) {
            const alias = node;
            const at = this.pos(alias, fallback);
            const target = this.anchors.get(alias.source);
            if (target === undefined)
                throw errAt(`unknown alias *${alias.source}`, at);
            if (this.inProgress.has(target))
                throw errAt(`alias *${alias.source} refers to the node that contains it (recursive alias)`, at);
            const y = this.converted.get(target);
            if (!y)
                throw errAt(`unknown alias *${alias.source}`, at);
            // an alias expands to a copy of what the anchor defined; positions stay those of the definition
            const sh = this.shape(y);
            this.budget(sh.size, true, at);
            if (depth + sh.height > MAX_DEPTH + 1)
                throw errAt(`nesting deeper than ${MAX_DEPTH} levels (through alias *${alias.source})`, at);
            return y;
        }
        const anchor = node && typeof node === 'object' ? node.anchor : undefined;
        if (anchor) {
            this.anchors.set(anchor, node);
            this.inProgress.add(node);
        }
        const y = this.convertNode(node, depth, fallback);
        if (anchor) {
            this.inProgress.delete(node);
            this.converted.set(node, y);
        }
        return y;
    }
    convertNode(node, depth, fallback) {
        if ((0,dist/* isScalar */.jn)(node)) {
            const s = node;
            const pos = this.pos(s, fallback);
            this.budget(1, false, pos);
            return this.done({ kind: 'scalar', value: scalarValue(s.value), pos, ...tagOf(s.tag) }, 1, 1, depth);
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const seq = node;
            const pos = this.pos(seq, fallback);
            this.budget(1, false, pos);
            const items = [];
            let size = 1;
            let height = 0;
            for (const item of seq.items) {
                const y = this.convert(item, depth + 1, pos);
                const sh = this.shape(y);
                size += sh.size;
                height = Math.max(height, sh.height);
                items.push(y);
            }
            return this.done({ kind: 'seq', items, pos, ...tagOf(seq.tag) }, size, height + 1, depth);
        }
        if ((0,dist/* isMap */.jh)(node))
            return this.convertMap(node, depth, fallback);
        if (node === null || node === undefined) {
            const pos = fallback ?? filePos(this.file);
            return { kind: 'scalar', value: null, pos };
        }
        throw errAt('unsupported YAML node', fallback, this.file);
    }
    convertMap(map, depth, fallback) {
        const pos = this.pos(map, fallback);
        this.budget(1, false, pos);
        const entries = new Map();
        const merged = [];
        let size = 1;
        let height = 0;
        const add = (y) => {
            const sh = this.shape(y);
            size += sh.size;
            height = Math.max(height, sh.height);
        };
        for (const pair of map.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const k = pair.key;
            const keyPos = k && typeof k === 'object' && 'range' in k ? this.pos(k, pos) : pos;
            if ((0,dist/* isScalar */.jn)(k) && k.value === '<<' && k.type === 'PLAIN') {
                merged.push(...this.mergeSources(pair.value, depth, keyPos));
                continue;
            }
            if (k !== null && k !== undefined && !(0,dist/* isScalar */.jn)(k)) {
                throw errAt('mapping keys must be strings (a complex key was found)', keyPos);
            }
            const raw = k === null || k === undefined ? null : k.value;
            if (raw === null || raw === undefined)
                throw errAt('mapping key must not be empty (null)', keyPos);
            const key = String(raw);
            if (entries.has(key)) {
                const first = entries.get(key).keyPos;
                throw errAt(`duplicate key "${key}" (already defined at line ${first.line})`, keyPos);
            }
            const value = this.convert(pair.value, depth + 1, keyPos);
            add(value);
            entries.set(key, { key, keyPos, value });
        }
        // merge keys: the mapping's own keys win, then earlier merged maps win over later ones
        for (const src of merged) {
            for (const [k, e] of src.entries) {
                if (entries.has(k))
                    continue;
                entries.set(k, e);
                add(e.value);
            }
        }
        return this.done({ kind: 'map', entries, pos, ...tagOf(map.tag) }, size, height + 1, depth);
    }
    mergeSources(value, depth, at) {
        const one = (v, where) => {
            const n = this.convert(v, depth + 1, where);
            if (n.kind !== 'map')
                throw errAt('a merge key (<<) must refer to a mapping or a list of mappings', n.pos);
            return n;
        };
        if ((0,dist/* isSeq */.oP)(value)) {
            const seq = value;
            return seq.items.map((it) => one(it, this.pos(seq, at)));
        }
        return [one(value, at)];
    }
}
/**
 * Where a node's text ends: a block mapping or sequence ends with the end of its last value as written
 * (an alias where one was written), a scalar or a flow collection at its last character. (The parser's
 * own end of a block collection is the start of a later line, which depends on the comments and blank
 * lines after it; src/load/yaml-fast.ts reads the common subset of YAML without it and must agree.)
 */
function textEnd(node) {
    let n = node;
    for (;;) {
        if (((0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n)) && !n.flow && n.items.length > 0) {
            const items = n.items;
            const last = items[items.length - 1];
            n = (0,dist/* isPair */.tO)(last) ? (last.value ?? last.key) : last;
            continue;
        }
        const r = n?.range;
        return r ? r[1] : (node.range?.[1] ?? 0);
    }
}
function tagOf(tag) {
    return tag === '!reset' || tag === '!override' ? { tag } : {};
}
function scalarValue(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    if (v instanceof Date)
        return v.toISOString();
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('base64');
    return String(v);
}
/** More documents than this in one file are refused before parsing. */
const MAX_DOCUMENTS = 1000;
function checkDocumentCount(text, file) {
    let count = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) !== 10)
            continue;
        line++;
        if (text.startsWith('---', i + 1) && ++count > MAX_DOCUMENTS) {
            throw errAt(`more than ${MAX_DOCUMENTS} YAML documents in one file`, filePos(file, line));
        }
    }
}
/** Flow nesting beyond this is refused before parsing (the parser's own recursion would overflow). */
const MAX_FLOW_DEPTH = 512;
/**
 * A linear pre-scan for absurd flow nesting (`[[[[…` / `{{{{…`), skipping quoted strings and
 * comments, so that such input fails in milliseconds with a position instead of deep inside the parser.
 */
function checkFlowDepth(text, file) {
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
        else if (c === 91 || c === 123) {
            if (++depth > MAX_FLOW_DEPTH) {
                throw errAt(`more than ${MAX_FLOW_DEPTH} nested flow collections`, filePos(file, line, i - lineStart + 1));
            }
        }
        else if (c === 93 || c === 125) {
            if (depth > 0)
                depth--;
        }
        else if (c === 34 || c === 39) {
            // skip a quoted string ("…" with \ escapes, '…' with '' escapes)
            const q = c;
            let j = i + 1;
            for (; j < text.length; j++) {
                const d = text.charCodeAt(j);
                if (d === 10) {
                    line++;
                    lineStart = j + 1;
                }
                else if (q === 34 && d === 92) {
                    j++;
                }
                else if (d === q) {
                    if (q === 39 && text.charCodeAt(j + 1) === 39)
                        j++;
                    else
                        break;
                }
            }
            i = j;
        }
        else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 10)) {
            const nl = text.indexOf('\n', i);
            i = (nl < 0 ? text.length : nl) - 1;
        }
    }
}
/**
 * Parses every document of a YAML file. Throws ConfigError (file, line, column) for broken YAML,
 * duplicate keys, alias bombs and nesting deeper than MAX_DEPTH.
 */
function parseYamlDocuments(text, file) {
    return readSimpleYaml(text, file) ?? parseYamlDocumentsFully(text, file);
}
/** parseYamlDocuments through the `yaml` package alone (the fast reader's reference in tests). */
function parseYamlDocumentsFully(text, file) {
    checkFlowDepth(text, file);
    checkDocumentCount(text, file);
    const lc = new dist/* LineCounter */.HN();
    let docs;
    try {
        // uniqueKeys is checked here (O(n) with a Map) instead of by the parser (O(n²) per mapping)
        docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false, strict: false });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw errAt('YAML is nested too deeply to be read', filePos(file), file);
        throw errAt(`cannot parse YAML: ${e.message}`, filePos(file), file);
    }
    if (!Array.isArray(docs))
        docs = [docs];
    const out = [];
    for (const doc of docs) {
        const err = doc.errors[0];
        if (err) {
            const at = err.pos ? mkPos(file, lc, err.pos[0], err.pos[1]) : filePos(file);
            throw errAt(yamlMessage(err.code, err.message), at);
        }
        if (doc.contents === null || doc.contents === undefined) {
            out.push({ file, root: null });
            continue;
        }
        const conv = new Converter(file, lc);
        let root;
        try {
            root = conv.convert(doc.contents, 0);
        }
        catch (e) {
            if (e instanceof RangeError)
                throw errAt('YAML is nested too deeply to be read', filePos(file), file);
            throw e;
        }
        if (root.kind === 'scalar' && root.value === null && !root.tag)
            out.push({ file, root: null });
        else
            out.push({ file, root });
    }
    return out;
}
function yamlMessage(code, message) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return `invalid YAML: ${first}${code ? ` (${code})` : ''}`;
}
// ---------------------------------------------------------------------------------------------
// small helpers over nodes
function get(map, key) {
    return map?.entries.get(key)?.value;
}
function entry(map, key) {
    return map?.entries.get(key);
}
function isNull(n) {
    return n === undefined || (n.kind === 'scalar' && n.value === null);
}
function mapNode(entries, pos, tag) {
    const m = new Map();
    for (const e of entries)
        m.set(e.key, e);
    return tag ? { kind: 'map', entries: m, pos, tag } : { kind: 'map', entries: m, pos };
}
function withoutTag(n) {
    if (!n.tag)
        return n;
    const { tag: _tag, ...rest } = n;
    return rest;
}
/** A printable dotted path ("services.web.networks") for messages. */
function pathText(path) {
    return path.join('.');
}
/** Structural equality, ignoring positions and origins (used to accept identical re-definitions). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (!a || !b || a.kind !== b.kind)
        return false;
    if (a.kind === 'scalar')
        return a.value === b.value;
    if (a.kind === 'seq') {
        const bs = b;
        return a.items.length === bs.items.length && a.items.every((x, i) => sameValue(x, bs.items[i]));
    }
    const bm = b;
    if (a.entries.size !== bm.entries.size)
        return false;
    for (const [k, e] of a.entries)
        if (!sameValue(e.value, bm.entries.get(k)?.value))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/load/merge.ts

function matches(path, pattern) {
    if (path.length !== pattern.length)
        return false;
    for (let i = 0; i < path.length; i++)
        if (pattern[i] !== '*' && pattern[i] !== path[i])
            return false;
    return true;
}
function isNullNode(n) {
    return !n || (n.kind === 'scalar' && n.value === null);
}
/** true when some node of the tree carries a tag (a look without building anything) */
function anyTag(n) {
    if (n.tag)
        return true;
    if (n.kind === 'map') {
        for (const e of n.entries.values())
            if (anyTag(e.value))
                return true;
    }
    else if (n.kind === 'seq') {
        for (const it of n.items)
            if (anyTag(it))
                return true;
    }
    return false;
}
/** Records `!reset` and `!override` paths of one document and removes the `!reset` entries from it. */
function extractResets(root) {
    // almost no compose file has a tag: then nothing changes, and the walk below would copy every path
    if (!anyTag(root))
        return { root, paths: [] };
    const paths = [];
    const walk = (n, path) => {
        if (n.kind === 'map') {
            let changed = !!n.tag;
            const entries = [];
            for (const e of n.entries.values()) {
                const p = [...path, e.key];
                if (e.value.tag === '!reset') {
                    paths.push(p);
                    changed = true;
                    continue;
                }
                if (e.value.tag === '!override') {
                    paths.push(p);
                    entries.push({ ...e, value: stripTags(e.value) });
                    changed = true;
                    continue;
                }
                const v = walk(e.value, p);
                if (v !== e.value)
                    changed = true;
                entries.push(v === e.value ? e : { ...e, value: v });
            }
            return changed ? mapNode(entries, n.pos) : n;
        }
        if (n.kind === 'seq') {
            let changed = !!n.tag;
            const items = n.items.map((it, i) => {
                const v = walk(it, [...path, `[${i}]`]);
                if (v !== it)
                    changed = true;
                return v;
            });
            return changed ? { kind: 'seq', items, pos: n.pos } : n;
        }
        return withoutTag(n);
    };
    return { root: walk(root, []), paths };
}
function stripTags(n) {
    if (n.kind === 'map') {
        const entries = [];
        for (const e of n.entries.values())
            entries.push({ ...e, value: stripTags(e.value) });
        return mapNode(entries, n.pos);
    }
    if (n.kind === 'seq')
        return { kind: 'seq', items: n.items.map(stripTags), pos: n.pos };
    return withoutTag(n);
}
/** Removes the given paths (mapping keys only) from a model. */
function applyResets(root, paths) {
    if (paths.length === 0)
        return root;
    const remove = (n, path, depth) => {
        if (n.kind !== 'map')
            return n;
        const key = path[depth];
        const e = n.entries.get(key);
        if (!e)
            return n;
        if (depth === path.length - 1) {
            const entries = [...n.entries.values()].filter((x) => x.key !== key);
            return mapNode(entries, n.pos);
        }
        const v = remove(e.value, path, depth + 1);
        if (v === e.value)
            return n;
        return mapNode([...n.entries.values()].map((x) => (x.key === key ? { ...x, value: v } : x)), n.pos);
    };
    let out = root;
    for (const p of paths)
        out = remove(out, p, 0);
    return out;
}
// ---------------------------------------------------------------------------------------------
// merging
/** Merges `over` onto `base` (both already interpolated); returns a new node. */
function mergeNodes(base, over, path) {
    if (!base)
        return over;
    if (matches(path, ['services', '*', 'networks']))
        return mergeAsMapping(base, over, path);
    if (matches(path, ['networks', '*', 'ipam', 'config']))
        return mergeIpamConfig(base, over, path);
    if (isNullNode(over))
        return base;
    if (base.kind === 'map' && over.kind === 'map')
        return mergeMappings(base, over, path);
    if (base.kind === 'seq' && over.kind === 'seq') {
        const items = [...base.items];
        for (const it of over.items)
            if (!items.some((x) => sameValue(x, it)))
                items.push(it);
        return { kind: 'seq', items, pos: base.pos };
    }
    // scalars, and shapes that differ (Compose has per-key rules for those we do not read): the
    // later value wins
    return over;
}
function mergeMappings(base, over, path) {
    const entries = new Map(base.entries);
    for (const [k, e] of over.entries) {
        const prev = entries.get(k);
        if (!prev) {
            entries.set(k, e);
            continue;
        }
        const merged = mergeNodes(prev.value, e.value, [...path, k]);
        entries.set(k, merged === prev.value ? prev : { key: k, keyPos: prev.keyPos, value: merged });
    }
    return { kind: 'map', entries, pos: base.pos };
}
/** A service's `networks` in list form ([a, b]) or mapping form ({a: {...}, b: null}) as a mapping. */
function networksAsMapping(n, path) {
    if (n.kind === 'map')
        return n;
    if (n.kind === 'scalar' && n.value === null)
        return { kind: 'map', entries: new Map(), pos: n.pos };
    if (n.kind === 'scalar' && typeof n.value === 'string') {
        return mapNode([{ key: n.value, keyPos: n.pos, value: nullAt(n.pos) }], n.pos);
    }
    if (n.kind === 'seq') {
        const entries = [];
        for (const it of n.items) {
            if (it.kind !== 'scalar' || typeof it.value !== 'string') {
                throw errAt(`${pathText(path)} must be a list of network names or a mapping`, it.pos);
            }
            entries.push({ key: it.value, keyPos: it.pos, value: nullAt(it.pos) });
        }
        return mapNode(entries, n.pos);
    }
    throw errAt(`${pathText(path)} must be a list of network names or a mapping`, n.pos);
}
function nullAt(pos) {
    return { kind: 'scalar', value: null, pos };
}
function mergeAsMapping(base, over, path) {
    return mergeMappings(networksAsMapping(base, path), networksAsMapping(over, path), path);
}
function subnetOf(m) {
    const s = m.entries.get('subnet')?.value;
    return s && s.kind === 'scalar' ? s.value : s ? '<complex>' : undefined;
}
/** compose-go's mergeIPAMConfig: the later list wins, entries with the same subnet are merged. */
function mergeIpamConfig(base, over, path) {
    if (isNullNode(over))
        return base;
    if (base.kind !== 'seq' || over.kind !== 'seq') {
        throw errAt(`${pathText(path)} must be a list`, base.kind !== 'seq' ? base.pos : over.pos);
    }
    if (base.items.length === 0)
        return over;
    const asMap = (n) => {
        if (n.kind !== 'map')
            throw errAt(`${pathText(path)} entries must be mappings`, n.pos);
        return n;
    };
    const out = [];
    for (const original of base.items) {
        const right = asMap(original);
        for (const o of over.items) {
            const left = asMap(o);
            if (subnetOf(left) !== subnetOf(right) && !out.some((a) => subnetOf(a) === subnetOf(left))) {
                out.push(left);
                continue;
            }
            const merged = mergeMappings(right, left, path);
            const idx = out.findIndex((a) => subnetOf(a) === subnetOf(merged));
            if (idx >= 0)
                out[idx] = merged;
            else
                out.push(merged);
        }
    }
    const seq = { kind: 'seq', items: out, pos: over.pos };
    return seq;
}

;// CONCATENATED MODULE: ./src/load/compose-model.ts



const NETWORK_KEY = /^[a-zA-Z0-9._-]+$/;
const KNOWN_TOP_LEVEL = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
const MTU_OPTION = 'com.docker.network.driver.mtu';
function asMap(n, what) {
    if (isNull(n))
        return undefined;
    if (n.kind !== 'map')
        throw errAt(`${what} must be a mapping`, n.pos);
    return n;
}
function asString(n, what) {
    if (isNull(n))
        return undefined;
    if (n.kind !== 'scalar')
        throw errAt(`${what} must be a string`, n.pos);
    return n;
}
function stringList(n, what) {
    if (isNull(n))
        return [];
    if (n.kind === 'scalar')
        return [String(n.value)];
    if (n.kind !== 'seq')
        throw errAt(`${what} must be a list of strings`, n.pos);
    return n.items.map((it) => {
        if (it.kind !== 'scalar' || it.value === null)
            throw errAt(`${what} must be a list of strings`, it.pos);
        return String(it.value);
    });
}
/** compose-go's toBoolean: true/false, and (with a warning) y/yes/on, n/no/off */
function toBoolean(n, what, warnings) {
    if (isNull(n))
        return undefined;
    if (n.kind !== 'scalar')
        throw errAt(`${what} must be a boolean`, n.pos);
    const v = n.value;
    if (typeof v === 'boolean')
        return v;
    const s = String(v).toLowerCase();
    if (s === 'true')
        return true;
    if (s === 'false')
        return false;
    if (s === 'y' || s === 'yes' || s === 'on' || s === 'n' || s === 'no' || s === 'off') {
        warnings.push({
            code: 'deprecated-boolean',
            message: `${what}: ${JSON.stringify(String(v))} for boolean is not supported by YAML 1.2, please use \`${s === 'y' || s === 'yes' || s === 'on'}\``,
            pos: n.pos,
        });
        return s === 'y' || s === 'yes' || s === 'on';
    }
    throw errAt(`${what}: invalid boolean: ${String(v)}`, n.pos);
}
function origin(n) {
    return n?.origin && n.origin.length ? { origin: n.origin } : {};
}
function readNetwork(e, warnings) {
    const where = `networks.${e.key}`;
    if (!NETWORK_KEY.test(e.key)) {
        throw errAt(`${where}: network names must match ^[a-zA-Z0-9._-]+$`, e.keyPos);
    }
    const m = asMap(e.value, where);
    const decl = { key: e.key, keyPos: e.keyPos, ...networkDefaults() };
    if (!m)
        return decl;
    const nameNode = asString(get(m, 'name'), `${where}.name`);
    if (nameNode && nameNode.value !== null && String(nameNode.value) !== '')
        decl.name = { ...nameNode, value: String(nameNode.value) };
    const ext = get(m, 'external');
    if (ext && ext.kind === 'map') {
        // legacy `external: {name: x}`
        decl.external = true;
        const legacyName = asString(get(ext, 'name'), `${where}.external.name`);
        if (legacyName && legacyName.value !== null && String(legacyName.value) !== '') {
            if (decl.name)
                throw errAt(`${where}: can't use both 'networks.external.name' (deprecated) and 'networks.name'`, legacyName.pos);
            decl.name = { ...legacyName, value: String(legacyName.value) };
            warnings.push({ code: 'other', message: `${where}: external.name is deprecated. Please set name and external: true`, pos: legacyName.pos });
        }
    }
    else {
        decl.external = toBoolean(ext, `${where}.external`, warnings) ?? false;
    }
    toBoolean(get(m, 'internal'), `${where}.internal`, warnings);
    toBoolean(get(m, 'attachable'), `${where}.attachable`, warnings);
    decl.enableIpv6 = toBoolean(get(m, 'enable_ipv6'), `${where}.enable_ipv6`, warnings) ?? false;
    decl.enableIpv4 = toBoolean(get(m, 'enable_ipv4'), `${where}.enable_ipv4`, warnings) ?? true;
    const driver = asString(get(m, 'driver'), `${where}.driver`);
    if (driver && driver.value !== null && String(driver.value) !== '')
        decl.driver = String(driver.value);
    const opts = asMap(get(m, 'driver_opts'), `${where}.driver_opts`);
    const mtuNode = opts?.entries.get(MTU_OPTION)?.value;
    if (mtuNode && !isNull(mtuNode)) {
        if (mtuNode.kind !== 'scalar')
            throw errAt(`${where}.driver_opts.${MTU_OPTION} must be a number`, mtuNode.pos);
        const raw = String(mtuNode.value).trim();
        if (raw === '') {
            warnings.push({ code: 'other', message: `${where}: the MTU option is empty; Docker would refuse to create the network`, pos: mtuNode.pos });
        }
        else if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
            throw errAt(`${where}.driver_opts.${MTU_OPTION}: ${JSON.stringify(raw)} is not a valid MTU`, mtuNode.pos);
        }
        else {
            decl.mtu = { value: Number(raw), pos: mtuNode.pos };
        }
    }
    const ipam = asMap(get(m, 'ipam'), `${where}.ipam`);
    if (ipam) {
        const idrv = asString(get(ipam, 'driver'), `${where}.ipam.driver`);
        if (idrv && idrv.value !== null && String(idrv.value) !== '')
            decl.ipamDriver = String(idrv.value);
        const cfg = get(ipam, 'config');
        if (!isNull(cfg)) {
            if (cfg.kind !== 'seq')
                throw errAt(`${where}.ipam.config must be a list`, cfg.pos);
            for (const item of cfg.items) {
                const im = asMap(item, `${where}.ipam.config[]`);
                const sn = asString(get(im, 'subnet'), `${where}.ipam.config[].subnet`);
                if (!sn || sn.value === null)
                    continue;
                const cidr = String(sn.value).trim();
                // an empty subnet (an unset variable) is an entry without a subnet: Docker allocates one
                if (cidr === '')
                    continue;
                const parsed = parsePrefix(cidr);
                if ('error' in parsed) {
                    const from = sn.origin?.length ? ` (from ${sn.origin.map((o) => '$' + o.variable).join(', ')})` : '';
                    throw errAt(`${where}.ipam.config[].subnet: ${parsed.error}${from}`, sn.pos);
                }
                decl.subnets.push({ cidr, pos: sn.pos, ...origin(sn) });
            }
        }
    }
    return decl;
}
function readService(e, profiles) {
    const where = `services.${e.key}`;
    const m = asMap(e.value, where);
    if (!m)
        throw errAt(`${where} must be a mapping`, e.keyPos);
    const svcProfiles = stringList(get(m, 'profiles'), `${where}.profiles`);
    const active = svcProfiles.length === 0 || profiles.includes('*') || svcProfiles.some((p) => profiles.includes(p));
    const info = { name: e.key, keyPos: e.keyPos, active, provider: !isNull(get(m, 'provider')), networks: new Map() };
    const nm = asString(get(m, 'network_mode'), `${where}.network_mode`);
    if (nm && nm.value !== null && String(nm.value) !== '')
        info.networkMode = { value: String(nm.value), pos: nm.pos };
    const netsEntry = m.entries.get('networks');
    if (netsEntry && !isNull(netsEntry.value)) {
        const nets = networksAsMapping(netsEntry.value, [`services`, e.key, 'networks']);
        for (const n of nets.entries.values()) {
            if (!isNull(n.value) && n.value.kind !== 'map')
                throw errAt(`${where}.networks.${n.key} must be a mapping or null`, n.value.pos);
            info.networks.set(n.key, n.keyPos);
        }
        info.networksPos = netsEntry.keyPos;
    }
    const ports = m.entries.get('ports');
    if (ports && ports.value.kind === 'seq' && ports.value.items.length > 0)
        info.ports = ports.keyPos;
    return info;
}
/**
 * Builds the network model. `profiles` are the active profiles ("*" = all). Throws ConfigError for
 * what Compose refuses (undefined networks, network_mode together with networks, bad values).
 */
/** what a network is when its definition says nothing (Docker's and Compose's defaults) */
function networkDefaults() {
    return { external: false, driver: 'bridge', ipamDriver: 'default', subnets: [], enableIpv4: true, enableIpv6: false };
}
function buildNetworks(dict, projectName, profiles, warnings) {
    for (const e of dict.entries.values()) {
        if (!KNOWN_TOP_LEVEL.has(e.key) && !e.key.startsWith('x-')) {
            warnings.push({ code: 'other', message: `unknown top-level key "${e.key}" (Compose refuses it: additional properties are not allowed)`, pos: e.keyPos });
        }
    }
    const declared = new Map();
    const netsMap = asMap(get(dict, 'networks'), 'networks');
    if (netsMap)
        for (const e of netsMap.entries.values())
            declared.set(e.key, readNetwork(e, warnings));
    const services = [];
    const svcMap = asMap(get(dict, 'services'), 'services');
    if (svcMap)
        for (const e of svcMap.entries.values())
            services.push(readService(e, profiles));
    const activeNames = new Set(services.filter((s) => s.active).map((s) => s.name));
    const users = new Map();
    const publishedPorts = [];
    for (const s of services) {
        if (!s.active)
            continue;
        if (s.ports)
            publishedPorts.push({ service: s.name, pos: s.ports });
        if (s.networkMode) {
            if (s.networks.size > 0) {
                throw errAt(`service "${s.name}" declares mutually exclusive \`network_mode\` and \`networks\``, s.networksPos ?? s.networkMode.pos);
            }
            const ref = /^service:(.*)$/.exec(s.networkMode.value);
            if (ref && !activeNames.has(ref[1])) {
                throw errAt(`service "${ref[1]}" not found for network_mode 'service:${ref[1]}' of service "${s.name}"`, s.networkMode.pos);
            }
            continue;
        }
        if (s.provider)
            continue;
        const joins = s.networks.size > 0 ? [...s.networks] : [['default', s.keyPos]];
        for (const [key, pos] of joins) {
            if (key !== 'default' && !declared.has(key)) {
                throw errAt(`service "${s.name}" refers to undefined network ${key}: invalid compose project`, pos);
            }
            const u = users.get(key);
            if (u)
                u.services.push(s.name);
            else
                users.set(key, { services: [s.name], firstPos: s.keyPos });
        }
    }
    const networks = [];
    for (const [key, u] of users) {
        const d = declared.get(key);
        if (!d) {
            // the implicit default network
            networks.push({
                key,
                name: `${projectName}_${key}`,
                ...networkDefaults(),
                pos: u.firstPos,
                usedBy: u.services,
            });
            continue;
        }
        const name = d.name ? String(d.name.value) : d.external ? key : `${projectName}_${key}`;
        const net = {
            key,
            name,
            external: d.external,
            driver: d.driver,
            ipamDriver: d.ipamDriver,
            subnets: d.subnets,
            enableIpv4: d.enableIpv4,
            enableIpv6: d.enableIpv6,
            pos: d.keyPos,
            usedBy: u.services,
        };
        if (d.mtu)
            net.mtu = d.mtu;
        if (d.name) {
            net.namePos = d.name.pos;
            if (d.name.origin?.length)
                net.nameOrigin = d.name.origin;
        }
        networks.push(net);
    }
    networks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const refs = services.map((s) => ({
        name: s.name,
        pos: s.keyPos,
        active: s.active,
        ...(s.networkMode ? { networkMode: { value: s.networkMode.value, pos: s.networkMode.pos } } : {}),
        networks: [...s.networks].map(([key, pos]) => ({ key, pos })),
    }));
    return { networks, publishedPorts, services: refs };
}

;// CONCATENATED MODULE: ./src/load/interpolate.ts

class InterpolationError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const NAME_START = /[_a-zA-Z]/;
const NAME_CHAR = /[_a-zA-Z0-9]/;
/** Index of the `}` closing the `${` at `start` (braces counted as Compose counts them), or -1. */
function closingBrace(s, start) {
    let open = 0;
    for (let i = start; i < s.length; i++) {
        const c = s[i];
        if (c === '}') {
            open--;
            if (open === 0)
                return i;
        }
        else if (c === '{') {
            open++;
        }
    }
    return -1;
}
/** Deepest `${A:-${B:-…}}` nesting accepted (real files nest two or three levels). */
const MAX_NESTING = 32;
/** Substitutes every variable reference in `template`. Throws InterpolationError. */
function substitute(template, lookup, depth = 0) {
    if (depth > MAX_NESTING) {
        throw new InterpolationError('invalid', `invalid interpolation format: variables nested more than ${MAX_NESTING} levels deep`);
    }
    const res = { value: '', origins: [], unset: [] };
    let out = '';
    let i = 0;
    while (i < template.length) {
        const dollar = template.indexOf('$', i);
        if (dollar < 0) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, dollar);
        const next = template[dollar + 1];
        if (next === '$') {
            out += '$';
            i = dollar + 2;
            continue;
        }
        if (next !== undefined && NAME_START.test(next)) {
            let j = dollar + 2;
            while (j < template.length && NAME_CHAR.test(template[j]))
                j++;
            const name = template.slice(dollar + 1, j);
            out += plain(name, lookup, res);
            i = j;
            continue;
        }
        if (next === '{') {
            const parsed = braced(template, dollar);
            if (!parsed)
                throw invalid(template);
            out += resolveBraced(parsed, lookup, res, template, depth);
            i = parsed.end + 1;
            continue;
        }
        throw invalid(template);
    }
    res.value = out;
    return res;
}
function invalid(template) {
    return new InterpolationError('invalid', `invalid interpolation format: ${quoted(template)}`);
}
function plain(name, lookup, res) {
    const v = lookup(name);
    if (v === undefined) {
        res.unset.push(name);
        res.origins.push({ variable: name, usedDefault: false, unset: true });
        return '';
    }
    res.origins.push({ variable: name, usedDefault: false, unset: false });
    return v;
}
/** Parses `${NAME}` or `${NAME<op>arg}` starting at `start` (the `$`); null when invalid. */
function braced(s, start) {
    let j = start + 2;
    if (j >= s.length || !NAME_START.test(s[j]))
        return null;
    while (j < s.length && NAME_CHAR.test(s[j]))
        j++;
    const name = s.slice(start + 2, j);
    if (s[j] === '}')
        return { name, arg: '', end: j };
    let op;
    if (s[j] === ':' && (s[j + 1] === '-' || s[j + 1] === '?' || s[j + 1] === '+')) {
        op = (':' + s[j + 1]);
        j += 2;
    }
    else if (s[j] === '-' || s[j] === '?' || s[j] === '+') {
        op = s[j];
        j += 1;
    }
    else {
        return null;
    }
    // Compose's pattern needs a `}` somewhere after the operator; the value ends at the brace that
    // balances the opening one, or at the last `}` when the braces never balance
    const last = s.lastIndexOf('}');
    if (last < j)
        return null;
    let end = closingBrace(s, start);
    if (end < 0)
        end = last;
    return { name, op, arg: s.slice(j, end), end };
}
function resolveBraced(b, lookup, res, template, depth) {
    const value = lookup(b.name);
    if (!b.op)
        return plain(b.name, lookup, res);
    // Compose interpolates the argument whatever the variable's state (errors in it always surface)
    const inner = substitute(b.arg, lookup, depth + 1);
    switch (b.op) {
        case ':-':
        case '-': {
            const useDefault = value === undefined || (b.op === ':-' && value === '');
            if (useDefault) {
                res.origins.push({ variable: b.name, usedDefault: true, unset: false });
                res.origins.push(...inner.origins);
                res.unset.push(...inner.unset);
                return inner.value;
            }
            res.origins.push({ variable: b.name, usedDefault: false, unset: false });
            return value;
        }
        case ':?':
        case '?': {
            const missing = value === undefined || (b.op === ':?' && value === '');
            if (missing) {
                const why = inner.value ? `: ${inner.value}` : '';
                throw new InterpolationError('required', `required variable ${b.name} is missing a value${why}`);
            }
            res.origins.push({ variable: b.name, usedDefault: false, unset: false });
            return value;
        }
        case ':+':
        case '+': {
            const present = value !== undefined && (b.op === '+' || value !== '');
            if (present) {
                res.origins.push({ variable: b.name, usedDefault: false, unset: false });
                res.origins.push(...inner.origins);
                res.unset.push(...inner.unset);
                return inner.value;
            }
            res.origins.push({ variable: b.name, usedDefault: false, unset: value === undefined });
            return value ?? '';
        }
    }
    throw invalid(template);
}
/**
 * Interpolates every string value of a document (keys untouched). Errors become ConfigError at
 * the value's position with Compose's wording; unset variables become 'unset-variable' warnings.
 */
function interpolateNode(node, ctx, path = []) {
    return interpolateAt(node, ctx, path.length === 0 ? null : path.reduce((parent, key) => ({ parent, key }), null));
}
function pathOf(link) {
    const out = [];
    for (let l = link; l; l = l.parent)
        out.push(l.key);
    return out.reverse();
}
function interpolateAt(node, ctx, path) {
    switch (node.kind) {
        case 'scalar':
            return interpolateScalar(node, ctx, path);
        case 'seq': {
            let items = null;
            const here = { parent: path, key: '[]' };
            for (let i = 0; i < node.items.length; i++) {
                const it = node.items[i];
                const n = interpolateAt(it, ctx, here);
                if (n !== it && !items)
                    items = node.items.slice(0, i);
                if (items)
                    items.push(n);
            }
            return items ? { ...node, items } : node;
        }
        case 'map': {
            // a new map only from the first entry that changed (most mappings have no `$` anywhere)
            let entries = null;
            for (const [k, e] of node.entries) {
                const v = interpolateAt(e.value, ctx, { parent: path, key: k });
                if (v !== e.value && !entries) {
                    entries = new Map();
                    for (const [k2, e2] of node.entries) {
                        if (k2 === k)
                            break;
                        entries.set(k2, e2);
                    }
                }
                if (entries)
                    entries.set(k, v === e.value ? e : { ...e, value: v });
            }
            return entries ? { ...node, entries } : node;
        }
    }
}
function interpolateScalar(node, ctx, path) {
    if (typeof node.value !== 'string' || !node.value.includes('$'))
        return node;
    let r;
    try {
        r = substitute(node.value, ctx.lookup);
    }
    catch (e) {
        if (e instanceof InterpolationError)
            throw interpolationError(e, pathOf(path), node.value, node.pos);
        throw e;
    }
    const seen = new Set();
    for (const v of r.unset) {
        if (seen.has(v))
            continue;
        seen.add(v);
        ctx.warnings.push({
            code: 'unset-variable',
            message: `The "${v}" variable is not set. Defaulting to a blank string.`,
            pos: node.pos,
            variable: v,
        });
    }
    if (r.origins.length === 0)
        return r.value === node.value ? node : { ...node, value: r.value };
    return { ...node, value: r.value, origin: r.origins };
}
/** A template as quoted in a message, cut to a readable length. */
function quoted(template) {
    return JSON.stringify(template.length > 120 ? `${template.slice(0, 117)}...` : template);
}
function interpolationError(e, path, template, pos) {
    const where = path.length ? path.join('.').replace(/\.\[\]/g, '[]') : 'value';
    if (e.kind === 'invalid') {
        return errAt(`invalid interpolation format for ${where}: ${quoted(template)}. You may need to escape any $ with another $.`, pos);
    }
    return errAt(`error while interpolating ${where}: ${e.message}`, pos);
}

;// CONCATENATED MODULE: ./src/load/envfile.ts
// `.env` / `--env-file` files as Compose v2 reads them (compose-go's dotenv parser):
//   KEY=value, export KEY=value, KEY: value, 'single' (literal), "double" (escapes \n \r, variables),
//   unquoted values end at " #" (inline comment) and are trimmed, a bare KEY copies it from the
//   environment; values may use ${VAR} forms, resolved against the process environment first and
//   then the keys defined earlier in the same file. The process environment always wins.


/** Largest env file read (bytes); Compose has no limit, a CI gate needs one. */
const MAX_ENV_BYTES = 8 * 1024 * 1024;
const KEY_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
const SPACE = new Set(['\t', '\v', '\f', '\r', ' ', '\u0085', '\u00a0']);
/**
 * Parses one env file. `processEnv` wins over values in the file (as in Compose) and is also what
 * `${VAR}` inside the file sees first. Throws ConfigError naming the line.
 */
function parseEnvFile(text, file, processEnv, into = new Map()) {
    // earlier keys of this file and of earlier env files are visible to later values
    const lookup = (k) => processEnv(k) ?? into.get(k)?.value;
    let i = 0;
    let line = 1;
    const n = text.length;
    const fail = (msg, at = line) => {
        throw new errors_ConfigError(msg, { file, line: at });
    };
    const advance = (to) => {
        for (let k = i; k < to; k++)
            if (text.charCodeAt(k) === 10)
                line++;
        i = to;
    };
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    while (i < n) {
        // skip blank space and comment lines
        const c = text[i];
        if (c === '\n' || SPACE.has(c)) {
            advance(i + 1);
            continue;
        }
        if (c === '#') {
            const nl = text.indexOf('\n', i);
            advance(nl < 0 ? n : nl);
            continue;
        }
        const startLine = line;
        let j = i;
        if (text.startsWith('export', j) && (SPACE.has(text[j + 6]) || text[j + 6] === undefined)) {
            j += 6;
            while (j < n && SPACE.has(text[j]))
                j++;
        }
        const keyStart = j;
        let sep = '';
        while (j < n) {
            const ch = text[j];
            if (ch === '=' || ch === ':' || ch === '\n') {
                sep = ch;
                break;
            }
            if (!SPACE.has(ch) && !KEY_CHAR.test(ch)) {
                const lineText = text.slice(keyStart, text.indexOf('\n', keyStart) < 0 ? n : text.indexOf('\n', keyStart));
                fail(`unexpected character ${JSON.stringify(ch)} in variable name near ${JSON.stringify(lineText)}`);
            }
            j++;
        }
        const key = text.slice(keyStart, j).trim();
        if (/\s/.test(key))
            fail('key cannot contain a space');
        if (key === '')
            fail('missing variable name before "="');
        if (sep === '' || sep === '\n') {
            // a bare KEY: inherited from the environment when it is set there
            const v = processEnv(key);
            if (v !== undefined) {
                into.set(key, { value: v, file, line: startLine });
            }
            advance(sep === '' ? n : j + 1);
            continue;
        }
        j++; // past = or :
        while (j < n && SPACE.has(text[j]))
            j++;
        let raw;
        let quote = '';
        if (text[j] === '"' || text[j] === "'") {
            quote = text[j];
            let k = j + 1;
            for (; k < n; k++)
                if (text[k] === quote && text[k - 1] !== '\\')
                    break;
            if (k >= n) {
                const nl = text.indexOf('\n', j);
                fail(`unterminated quoted value ${text.slice(j, nl < 0 ? n : nl)}`);
            }
            raw = text.slice(j + 1, k);
            j = k + 1;
            // rest of the line after the closing quote is ignored
            const nl = text.indexOf('\n', j);
            j = nl < 0 ? n : nl;
        }
        else {
            const nl = text.indexOf('\n', j);
            const end = nl < 0 ? n : nl;
            raw = text.slice(j, end);
            const hash = raw.indexOf(' #');
            if (hash >= 0)
                raw = raw.slice(0, hash);
            raw = raw.replace(/\s+$/u, '');
            j = end;
        }
        let value;
        if (quote === "'") {
            value = raw;
        }
        else {
            const pre = quote === '"' ? unescapeDouble(raw) : raw;
            try {
                value = substitute(pre, lookup).value;
            }
            catch (e) {
                if (e instanceof InterpolationError)
                    fail(`${e.message} (in the value of ${key})`, startLine);
                throw e;
            }
        }
        const fromEnv = processEnv(key);
        if (fromEnv !== undefined)
            value = fromEnv;
        into.set(key, { value, file, line: startLine });
        advance(j);
    }
    return into;
}
function unescapeDouble(s) {
    return s.replace(/\\(.)/gs, (m, c) => {
        if (c === 'n')
            return '\n';
        if (c === 'r')
            return '\r';
        if (c === '$')
            return m;
        return c;
    });
}
/**
 * Reads env files in order (later files win over earlier ones; the process environment wins over
 * all). Missing files are a ConfigError.
 */
function readEnvFiles(reader, files, processEnv) {
    const out = new Map();
    const lookup = (k) => (Object.prototype.hasOwnProperty.call(processEnv, k) ? processEnv[k] : undefined);
    for (const f of files) {
        const size = reader.size(f);
        if (size < 0 || !reader.exists(f) || reader.isDir(f))
            throw new errors_ConfigError('env file not found', { file: f });
        if (size > MAX_ENV_BYTES) {
            throw new errors_ConfigError(`env file is ${(size / 1048576).toFixed(1)} MiB, larger than the ${MAX_ENV_BYTES / 1048576} MiB limit`, { file: f });
        }
        parseEnvFile(reader.read(f), f, lookup, out);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/load/reader.ts
// The one door to the file system. Loaders take a Reader; tests hand in an in-memory tree.
// Paths are relative to the repository root, with forward slashes ("." is the root).



/**
 * true for a path that normalising would leave as it is: relative, no empty, "." or ".." segment, no
 * trailing slash. Almost every path a check joins is such a path, and path.posix.normalize is not free
 * when a repository has thousands of files.
 */
function isNormalRel(p) {
    if (p === '')
        return false;
    let from = 0;
    for (let i = 0; i <= p.length; i++) {
        if (i < p.length && p.charCodeAt(i) !== 47)
            continue;
        const len = i - from;
        if (len === 0)
            return false;
        if (len <= 2 && p.charCodeAt(from) === 46 && (len === 1 || p.charCodeAt(from + 1) === 46))
            return false;
        from = i + 1;
    }
    return true;
}
/** Joins and normalises repository-relative paths; refuses paths that leave the root. */
function joinRel(...parts) {
    // "." and "" parts change nothing: the common case is a normal directory and a normal name
    let quick = '';
    for (const p of parts)
        if (p !== '' && p !== '.')
            quick = quick === '' ? p : `${quick}/${p}`;
    if (quick === '')
        return '.';
    if (isNormalRel(quick))
        return quick;
    return joinRelSlow(parts);
}
/** joinRel by path.posix.normalize, for every path (the reference the quick path is tested against) */
function joinRelSlow(parts) {
    const joined = external_node_path_namespaceObject.posix.normalize(parts.filter((p) => p !== '').join('/'));
    return joined === '' ? '.' : joined.replace(/\/$/, '') || '.';
}
function leavesRoot(rel) {
    if (isNormalRel(rel))
        return false;
    return leavesRootSlow(rel);
}
/** leavesRoot by path.posix.normalize, for every path (the reference the quick path is tested against) */
function leavesRootSlow(rel) {
    const n = external_node_path_namespaceObject.posix.normalize(rel);
    return external_node_path_namespaceObject.posix.isAbsolute(rel) || n === '..' || n.startsWith('../');
}
/**
 * A path as written in a file that is absolute on some system: "/etc/x", "~/x", "C:\\x", "C:/x",
 * "\\\\server\\x". Joined to a directory it would silently become relative, so callers refuse it first.
 */
function isAbsolutePath(raw) {
    const s = raw.trim();
    return s.startsWith('/') || s.startsWith('~') || /^[A-Za-z]:[\\/]/.test(s) || s.startsWith('\\\\');
}
function dirOf(rel) {
    const d = external_node_path_namespaceObject.posix.dirname(rel);
    return d === '' ? '.' : d;
}
/** Maximum size of any file we read (50 MiB). Larger files are refused with a clear error. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
function kindOf(e) {
    return e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
}
class FsReader {
    root;
    realRoot;
    /** the root with a trailing separator: the absolute path of any path below the root starts with it */
    rootPrefix;
    constructor(root) {
        this.root = external_node_path_namespaceObject.resolve(root);
        this.realRoot = external_node_fs_namespaceObject.realpathSync.native(this.root);
        this.rootPrefix = this.root.endsWith(external_node_path_namespaceObject.sep) ? this.root : this.root + external_node_path_namespaceObject.sep;
    }
    /** paths already resolved (size, then read, ask about the same file) */
    resolved = new Map();
    /**
     * the real path of each directory a resolved path went through, by its absolute path below the root
     * (always inside the repository): computed once, shared by every file and directory under it
     */
    realDirs = new Map();
    /** lstat results by absolute path; a path that is not a symbolic link needs no stat besides */
    lstats = new Map();
    /** stat results (the link followed) of the paths that are symbolic links (null: nothing there) */
    stats = new Map();
    /** what list() saw: the kind of each entry, by the absolute path the directory was opened with */
    listed = new Map();
    lstatOf(abs) {
        let st = this.lstats.get(abs);
        if (st === undefined) {
            try {
                st = external_node_fs_namespaceObject.lstatSync(abs, { throwIfNoEntry: false }) ?? 'missing';
            }
            catch (e) {
                st = e.code === 'ENOTDIR' ? 'missing' : 'error';
            }
            this.lstats.set(abs, st);
        }
        return st;
    }
    /** stat(2), following a symbolic link at the end: exists, isDir, size and read each ask once */
    statOf(abs) {
        const l = this.lstatOf(abs);
        if (typeof l === 'string')
            return null; // stat fails wherever lstat does
        return l.isSymbolicLink() ? this.followed(abs) : l;
    }
    followed(abs) {
        let st = this.stats.get(abs);
        if (st === undefined) {
            try {
                st = external_node_fs_namespaceObject.statSync(abs);
            }
            catch {
                st = null;
            }
            this.stats.set(abs, st);
        }
        return st;
    }
    abs(rel) {
        if (leavesRoot(rel))
            throw new errors_ConfigError(`path "${rel}" leaves the repository`, { file: rel });
        return external_node_path_namespaceObject.join(this.root, rel);
    }
    isInside(real) {
        return real === this.realRoot || real.startsWith(this.realRoot + external_node_path_namespaceObject.sep);
    }
    /**
     * resolves symbolic links and refuses a path that leads outside the repository or to nothing (a
     * dangling link, a loop) before anything is read; a missing plain path is returned as is
     */
    inside(rel) {
        const known = this.resolved.get(rel);
        if (known !== undefined)
            return known;
        const abs = this.abs(rel);
        const walk = this.walk(abs);
        if ('missing' in walk)
            return abs;
        const real = 'real' in walk ? walk.real : this.viaRealpath(rel, abs, walk.ask);
        this.resolved.set(rel, real);
        return real;
    }
    /**
     * What realpath(3) of `abs` would say, found component by component from the real root: glibc's
     * realpath readlinks every component of the absolute path, for every file. Here a directory already
     * walked costs nothing, and a component costs nothing when the listing of its directory showed it,
     * else one lstat (shared with exists, isDir, size and read). Only a link is resolved, with realpath
     * from its real directory. The walk answers when every directory on the way is a plain directory or
     * a link to a directory inside the repository, and the last component is no link: its real path, or
     * `missing` when a component is not there (realpath fails there, and readlink of the path fails too,
     * so realpath's answer is "missing" as well). Anything else (a link at the end, a link on the way that
     * leads out or nowhere, a file on the way, an lstat error) goes to realpath(3) (`ask`: a path that
     * resolves like `abs`), which gives the same messages as always.
     */
    walk(abs) {
        if (abs === this.root)
            return { real: this.realRoot };
        const names = abs.slice(this.rootPrefix.length).split(external_node_path_namespaceObject.sep);
        // the root of a file system (the prefix test below would be wrong), or a name path.join leaves
        // as it is (a trailing separator)
        if (this.realRoot.endsWith(external_node_path_namespaceObject.sep) || !abs.startsWith(this.rootPrefix) || names.some((n) => n === '' || n === '.' || n === '..'))
            return { ask: abs };
        let dir = this.root;
        let real = this.realRoot;
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const at = dir === this.root ? this.rootPrefix + name : dir + external_node_path_namespaceObject.sep + name;
            const last = i === names.length - 1;
            const known = this.realDirs.get(at);
            if (known !== undefined && !last) {
                dir = at;
                real = known;
                continue;
            }
            const realAt = real + external_node_path_namespaceObject.sep + name;
            // an entry the listing of this very directory showed (by its exact name), else lstat
            let kind = this.listed.get(dir)?.get(name);
            if (kind === undefined) {
                const st = this.lstatOf(at);
                kind = typeof st === 'string' ? st : kindOf(st);
            }
            if (kind === 'missing')
                return { missing: true };
            if (kind === 'error')
                return { ask: abs };
            if (kind === 'link') {
                if (last)
                    return { ask: realAt };
                let target;
                try {
                    target = external_node_fs_namespaceObject.realpathSync.native(realAt);
                }
                catch {
                    return { ask: abs };
                }
                if (!this.isInside(target))
                    return { ask: abs };
                this.realDirs.set(at, target);
                dir = at;
                real = target;
                continue;
            }
            if (last)
                return { real: realAt };
            if (kind !== 'dir')
                return { ask: abs };
            this.realDirs.set(at, realAt);
            dir = at;
            real = realAt;
        }
        return { ask: abs }; // not reached
    }
    /** realpath(3) of `at` (which resolves like `abs`), refusing what leaves the repository or dangles */
    viaRealpath(rel, abs, at) {
        let real;
        try {
            real = external_node_fs_namespaceObject.realpathSync.native(at);
        }
        catch (e) {
            const target = this.linkTarget(at);
            if (target === undefined)
                return abs; // not a link: simply missing
            const why = e.code === 'ELOOP' ? 'which leads back to itself (a loop of links)' : 'which does not exist';
            throw new errors_ConfigError(`path "${rel}" is a symbolic link to "${target}", ${why}`, { file: rel });
        }
        if (!this.isInside(real)) {
            const target = this.linkTarget(at);
            throw new errors_ConfigError(target === undefined
                ? `path "${rel}" points outside the repository (through a symbolic link, to ${real})`
                : `path "${rel}" points outside the repository: it is a symbolic link to "${target}"${target === real ? '' : ` (${real})`}; links are followed only inside the repository`, { file: rel });
        }
        return real;
    }
    /** what a symbolic link says, as written; undefined when the path is not a link */
    linkTarget(abs) {
        try {
            return external_node_fs_namespaceObject.readlinkSync(abs);
        }
        catch {
            return undefined;
        }
    }
    read(rel) {
        const file = this.inside(rel);
        const st = this.statOf(file);
        if (!st)
            throw new errors_ConfigError('file not found', { file: rel });
        if (!st.isFile())
            throw new errors_ConfigError('not a regular file', { file: rel });
        if (st.size > MAX_FILE_BYTES) {
            throw new errors_ConfigError(`file is ${(st.size / 1048576).toFixed(1)} MiB, larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`, { file: rel });
        }
        try {
            return readText(file, st.size);
        }
        catch (e) {
            throw new errors_ConfigError(`cannot read file: ${e.message}`, { file: rel });
        }
    }
    exists(rel) {
        if (leavesRoot(rel))
            return false;
        const abs = this.abs(rel);
        const k = this.listedKind(abs);
        if (k === 'file' || k === 'dir')
            return true;
        if (k === 'missing')
            return false;
        return this.statOf(abs) !== null;
    }
    isDir(rel) {
        if (leavesRoot(rel))
            return false;
        const abs = this.abs(rel);
        const k = this.listedKind(abs);
        if (k === 'dir')
            return true;
        if (k === 'file' || k === 'missing')
            return false;
        return this.statOf(abs)?.isDirectory() ?? false;
    }
    /** directories whose entries were asked about without a listing of them, and how often */
    unlisted = new Map();
    /**
     * What the listing of its directory says about a path: 'file' or 'dir' (no link), 'missing', or
     * undefined (ask the file system). A directory asked about a second name is listed once: a
     * repository of 1,000 projects asked exists and isDir of each project directory, one lstat each.
     * A name is taken as missing only when no entry has it in any letter case and it is plain ASCII (on
     * a case-insensitive file system the listing may spell it otherwise).
     */
    listedKind(abs) {
        const cut = abs.lastIndexOf(external_node_path_namespaceObject.sep);
        if (cut < 0)
            return undefined;
        const dir = abs.slice(0, cut);
        const name = abs.slice(cut + 1);
        if (dir !== this.root && !dir.startsWith(this.rootPrefix))
            return undefined;
        let kinds = this.listed.get(dir);
        if (!kinds) {
            // a path already stat-ed is answered from that (exists, then isDir, of one path is one question)
            if (this.lstats.has(abs))
                return undefined;
            const asked = (this.unlisted.get(dir) ?? 0) + 1;
            this.unlisted.set(dir, asked);
            if (asked < 2)
                return undefined;
            try {
                kinds = new Map();
                for (const e of external_node_fs_namespaceObject.readdirSync(dir, { withFileTypes: true }))
                    kinds.set(e.name, kindOf(e));
            }
            catch {
                return undefined;
            }
            this.listed.set(dir, kinds);
        }
        const k = kinds.get(name);
        if (k === 'file' || k === 'dir')
            return k;
        if (k !== undefined || !/^[\x20-\x7e]+$/.test(name))
            return undefined;
        let lower = this.lowerNames.get(kinds);
        if (!lower) {
            lower = new Set();
            for (const other of kinds.keys())
                lower.add(other.toLowerCase());
            this.lowerNames.set(kinds, lower);
        }
        return lower.has(name.toLowerCase()) ? undefined : 'missing';
    }
    /** the names of a listing in lower case, made when a name is first looked for in vain */
    lowerNames = new WeakMap();
    size(rel) {
        if (leavesRoot(rel))
            return -1;
        return this.statOf(this.inside(rel))?.size ?? -1;
    }
    list(rel) {
        let dir;
        let entries;
        try {
            dir = this.abs(rel);
            entries = external_node_fs_namespaceObject.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return []; // not a directory, or a path that leaves the repository
        }
        const kinds = new Map();
        for (const e of entries)
            kinds.set(e.name, kindOf(e));
        this.listed.set(dir, kinds);
        return entries
            .map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : e.isSymbolicLink() ? this.linkKind(dir, e.name) : 'other' }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /** a link to a directory is 'other' (never walked); any other link is a 'file', checked when it is read */
    linkKind(dir, name) {
        // dangling or a loop: 'file', and reading it says so
        return this.followed(external_node_path_namespaceObject.join(dir, name))?.isDirectory() ? 'other' : 'file';
    }
}
/**
 * The whole of a regular file, as UTF-8 (decoded like readFileSync(file, 'utf8')). With the size
 * from stat, one read(2) asking for a byte more than that sees the end; readFileSync reads 8 KiB
 * chunks until a read returns 0. O_NOFOLLOW: `file` was resolved, a link put there since is refused.
 */
function readText(file, size) {
    const fd = external_node_fs_namespaceObject.openSync(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    try {
        let buf = Buffer.allocUnsafe(size + 1);
        let n = 0;
        for (;;) {
            const got = external_node_fs_namespaceObject.readSync(fd, buf, n, buf.length - n, null);
            n += got;
            // a short read that stops at the stat size is the end; the file grew when the buffer fills up
            if (got === 0 || n === size)
                break;
            if (n === buf.length) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, n);
                buf = bigger;
            }
        }
        return buf.toString('utf8', 0, n);
    }
    finally {
        external_node_fs_namespaceObject.closeSync(fd);
    }
}
/** An in-memory tree: { "app/compose.yaml": "services: …" }. Directories are implied by paths. */
class MemoryReader {
    files = new Map();
    constructor(tree) {
        for (const [k, v] of Object.entries(tree))
            this.files.set(joinRel(k), v);
    }
    read(rel) {
        const v = this.files.get(joinRel(rel));
        if (v === undefined)
            throw new ConfigError('file not found', { file: rel });
        if (v.length > MAX_FILE_BYTES)
            throw new ConfigError(`file is larger than the ${MAX_FILE_BYTES / 1048576} MiB limit`, { file: rel });
        return v;
    }
    exists(rel) {
        return this.files.has(joinRel(rel)) || this.isDir(rel);
    }
    isDir(rel) {
        const r = joinRel(rel);
        if (r === '.')
            return true;
        for (const k of this.files.keys())
            if (k.startsWith(r + '/'))
                return true;
        return false;
    }
    size(rel) {
        const v = this.files.get(joinRel(rel));
        return v === undefined ? -1 : Buffer.byteLength(v);
    }
    list(rel) {
        const r = joinRel(rel);
        const prefix = r === '.' ? '' : r + '/';
        const seen = new Map();
        for (const k of this.files.keys()) {
            if (!k.startsWith(prefix))
                continue;
            const rest = k.slice(prefix.length);
            const slash = rest.indexOf('/');
            const name = slash < 0 ? rest : rest.slice(0, slash);
            if (!seen.has(name))
                seen.set(name, { name, kind: slash < 0 ? 'file' : 'dir' });
        }
        return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
}

;// CONCATENATED MODULE: ./src/load/compose-files.ts
// Shared by the compose loader's modules: reading one compose file (size limit, YAML with
// positions), the per-load context and the interpolation environment.




const EMPTY_MAP = (pos) => ({ kind: 'map', entries: new Map(), pos });
function makeEnv(values) {
    return { values: () => values, lookup: (k) => values.get(k) };
}
/**
 * An environment of layers, the first layer holding a variable wins. A project's environment is the
 * process environment over its env files: layered, the process environment's map is shared by every
 * project instead of copied into each.
 */
function layeredEnv(layers) {
    return {
        lookup: (k) => {
            for (const l of layers) {
                const v = l.get(k);
                if (v !== undefined)
                    return v;
            }
            return undefined;
        },
        values: () => {
            const all = new Map();
            for (let i = layers.length - 1; i >= 0; i--)
                for (const [k, v] of layers[i])
                    all.set(k, v);
            return all;
        },
    };
}
function checkPath(p, pos, what, file) {
    if (p === '' || external_node_path_default().posix.isAbsolute(p) || leavesRoot(p)) {
        throw errAt(`${what} ${JSON.stringify(p)} is outside the repository`, pos, file);
    }
    return joinRel(p);
}
/** Reads and parses one compose file; refuses files that are missing or too large. */
function readCompose(reader, file, from) {
    const size = reader.size(file);
    if (size < 0 || reader.isDir(file)) {
        if (from)
            throw errAt(`file not found: ${file}`, from);
        throw new errors_ConfigError('file not found', { file });
    }
    if (size > MAX_COMPOSE_BYTES) {
        throw new errors_ConfigError(`compose file is ${(size / 1048576).toFixed(1)} MiB; files larger than ${MAX_COMPOSE_BYTES / 1048576} MiB are refused`, { file, line: 1, column: 1 });
    }
    const text = reader.read(file);
    if (text.length > MAX_COMPOSE_BYTES) {
        throw new errors_ConfigError(`compose file is larger than ${MAX_COMPOSE_BYTES / 1048576} MiB and is refused`, { file, line: 1, column: 1 });
    }
    return parseYamlDocuments(text, file);
}
function topLevelMap(doc) {
    const root = doc.root;
    if (root.kind !== 'map')
        throw errAt('top-level object must be a mapping', root.pos);
    return root;
}

;// CONCATENATED MODULE: ./src/load/extends.ts





/** Longest extends chain followed (Compose has no limit; real files chain two or three). */
const MAX_EXTENDS_DEPTH = 64;
/** resolved base services of extended files, by file (shared by the whole load) */
const baseScopes = new WeakMap();
function loadExtendedFile(ctx, file, env, from) {
    const cached = ctx.extendsCache.get(file);
    if (cached)
        return cached;
    let dict = EMPTY_MAP(filePos(file));
    for (const doc of readCompose(ctx.reader, file, from)) {
        if (!doc.root)
            continue;
        const { root, paths } = extractResets(topLevelMap(doc));
        const cfg = interpolateNode(root, { lookup: env.lookup, warnings: ctx.warnings });
        dict = mergeMappings(applyResets(dict, paths), cfg, []);
    }
    ctx.extendsCache.set(file, dict);
    return dict;
}
function resolveService(ctx, env, name, scope, chain) {
    const done = scope.resolved.get(name);
    if (done)
        return done;
    const r = resolveServiceOnce(ctx, env, name, scope, chain);
    scope.resolved.set(name, r);
    return r;
}
function resolveServiceOnce(ctx, env, name, scope, chain) {
    const entry = scope.services.entries.get(name);
    const svc = entry.value;
    if (svc.kind !== 'map')
        return svc;
    const ext = svc.entries.get('extends');
    if (!ext || isNull(ext.value))
        return svc;
    const where = `services.${name}.extends`;
    let ref;
    let fileNode;
    if (ext.value.kind === 'scalar') {
        ref = String(ext.value.value);
    }
    else if (ext.value.kind === 'map') {
        const s = get(ext.value, 'service');
        if (!s || s.kind !== 'scalar' || s.value === null)
            throw errAt(`${where}.service is required`, ext.value.pos);
        ref = String(s.value);
        fileNode = get(ext.value, 'file');
    }
    else {
        throw errAt(`${where} must be a service name or a mapping`, ext.value.pos);
    }
    const key = `${scope.file}\u0000${name}`;
    if (chain.length >= MAX_EXTENDS_DEPTH)
        throw errAt(`extends chain longer than ${MAX_EXTENDS_DEPTH} services`, ext.keyPos);
    if (chain.includes(key)) {
        const steps = [...chain, key].map((k) => k.split('\u0000')).map(([f, s]) => `${s} in ${f}`);
        throw errAt(`circular reference in extends: ${steps.join(' extends ')}`, ext.keyPos);
    }
    let base;
    if (fileNode && !isNull(fileNode)) {
        if (fileNode.kind !== 'scalar')
            throw errAt(`${where}.file must be a path`, fileNode.pos);
        const written = String(fileNode.value);
        // joined to the directory, an absolute path would quietly name a file inside the repository instead
        if (isAbsolutePath(written)) {
            throw errAt(`extends file ${JSON.stringify(written)} is an absolute path: extends paths must be relative and stay inside the repository`, fileNode.pos);
        }
        const refFile = checkPath(joinRel(scope.dir, written), fileNode.pos, 'extends file', scope.file);
        const model = loadExtendedFile(ctx, refFile, env, fileNode.pos);
        const services = get(model, 'services');
        if (!services || services.kind !== 'map') {
            throw errAt(`cannot extend service "${name}" in ${scope.file}: no services section in ${refFile}`, fileNode.pos);
        }
        if (!services.entries.has(ref)) {
            throw errAt(`cannot extend service "${name}" in ${scope.file}: service "${ref}" not found in ${refFile}`, ext.value.pos);
        }
        let known = baseScopes.get(services);
        if (!known) {
            known = { services, file: refFile, dir: dirOf(refFile), resets: [], resolved: new Map() };
            baseScopes.set(services, known);
        }
        base = known;
    }
    else {
        if (!scope.services.entries.has(ref)) {
            throw errAt(`cannot extend service "${name}" in ${scope.file}: service "${ref}" not found`, ext.value.pos);
        }
        base = scope;
    }
    const resolvedBase = resolveService(ctx, env, ref, base, [...chain, key]);
    if (resolvedBase.kind !== 'map')
        return svc;
    // the extending document's !reset / !override paths apply to the inherited copy
    const wrapped = applyResets(mapNode([{ key: 'services', keyPos: entry.keyPos, value: mapNode([{ key: name, keyPos: entry.keyPos, value: resolvedBase }], resolvedBase.pos) }], resolvedBase.pos), scope.resets.filter((p) => p[0] === 'services' && p[1] === name));
    const source = get(get(wrapped, 'services'), name) ?? EMPTY_MAP(resolvedBase.pos);
    const merged = mergeNodes(source, svc, ['services', name]);
    return mapNode([...merged.entries.values()].filter((e) => e.key !== 'extends'), svc.pos);
}
function applyExtends(ctx, env, cfg, file, dir, resets) {
    const services = get(cfg, 'services');
    if (!services || isNull(services))
        return cfg;
    if (services.kind !== 'map')
        throw errAt('services must be a mapping', services.pos);
    let changed = false;
    const entries = [];
    const scope = { services, file, dir, resets, resolved: new Map() };
    for (const e of services.entries.values()) {
        const v = resolveService(ctx, env, e.key, scope, []);
        if (v !== e.value)
            changed = true;
        entries.push(v === e.value ? e : { ...e, value: v });
    }
    if (!changed)
        return cfg;
    const svcEntry = cfg.entries.get('services');
    return mapNode([...cfg.entries.values()].map((e) => (e.key === 'services' ? { ...svcEntry, value: mapNode(entries, services.pos) } : e)), cfg.pos);
}

;// CONCATENATED MODULE: ./src/load/project-name.ts
// Project name (compose-networks.md §2):
//   -p  >  COMPOSE_PROJECT_NAME (environment or .env)  >  the last top-level `name:` (interpolated)
//   >  the basename of the project directory.
// `name:` and directory names are normalised silently; an invalid -p / COMPOSE_PROJECT_NAME is an
// error (Compose v2); an empty result is an error.

/** lowercase, keep only [a-z0-9_-], strip leading "_" and "-" (compose-go NormalizeProjectName) */
function normalizeProjectName(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[_-]+/, '');
}
function invalidProjectNameMessage(v) {
    return (`invalid project name ${JSON.stringify(v)}: must consist only of lowercase alphanumeric characters, ` +
        'hyphens, and underscores as well as start with a letter or number');
}
function resolveProjectName(input) {
    if (input.explicit !== undefined && input.explicit !== '') {
        if (normalizeProjectName(input.explicit) !== input.explicit) {
            throw new errors_ConfigError(invalidProjectNameMessage(input.explicit), { file: input.firstFile });
        }
        return { name: input.explicit, source: '-p' };
    }
    if (input.fromEnv && input.fromEnv.value !== '') {
        const v = input.fromEnv.value;
        if (normalizeProjectName(v) !== v) {
            throw new errors_ConfigError(`COMPOSE_PROJECT_NAME: ${invalidProjectNameMessage(v)}`, input.fromEnv.pos ?? { file: input.firstFile });
        }
        return { name: v, source: 'COMPOSE_PROJECT_NAME' };
    }
    if (input.fromFiles) {
        const n = normalizeProjectName(input.fromFiles.value);
        if (n !== '')
            return { name: n, source: 'name:', pos: input.fromFiles.pos };
    }
    const d = normalizeProjectName(input.dirName);
    if (d === '') {
        throw new errors_ConfigError(`project name must not be empty (the directory name ${JSON.stringify(input.dirName)} has no letter or digit left after normalisation; set name: or COMPOSE_PROJECT_NAME)`, { file: input.firstFile, line: 1, column: 1 });
    }
    return { name: d, source: 'directory' };
}

;// CONCATENATED MODULE: ./src/load/compose.ts
// The compose loader: files in -f order → one merged model → the networks `docker compose up`
// would create or join. Compose v2 semantics (compose-networks.md), per document:
//   parse (anchors, merge keys, tags) → record !reset/!override → interpolate → extends →
//   apply resets to what was merged so far → include → merge.
// Pure: all file access goes through the Reader, the environment comes in as a plain object.











// ---------------------------------------------------------------------------------------------
// include
function pathList(n, what) {
    if (isNull(n))
        return [];
    if (n.kind === 'scalar')
        return [{ value: String(n.value), pos: n.pos }];
    if (n.kind !== 'seq')
        throw errAt(`${what} must be a path or a list of paths`, n.pos);
    return n.items.map((it) => {
        if (it.kind !== 'scalar' || it.value === null)
            throw errAt(`${what} must be a list of paths`, it.pos);
        return { value: String(it.value), pos: it.pos };
    });
}
function applyInclude(ctx, proj, cfg, file) {
    const inc = cfg.entries.get('include');
    if (!inc)
        return cfg;
    let out = mapNode([...cfg.entries.values()].filter((e) => e.key !== 'include'), cfg.pos);
    if (isNull(inc.value))
        return out;
    if (inc.value.kind !== 'seq')
        throw errAt('`include` must be a list', inc.value.pos);
    for (const item of inc.value.items) {
        let paths;
        let projectDirectory;
        let envFiles = [];
        if (item.kind === 'scalar') {
            paths = pathList(item, 'include');
        }
        else if (item.kind === 'map') {
            paths = pathList(get(item, 'path'), 'include.path');
            const pd = get(item, 'project_directory');
            if (!isNull(pd)) {
                if (pd.kind !== 'scalar')
                    throw errAt('include.project_directory must be a path', pd.pos);
                projectDirectory = { value: String(pd.value), pos: pd.pos };
            }
            envFiles = pathList(get(item, 'env_file'), 'include.env_file');
        }
        else {
            throw errAt('include entries must be a path or a mapping', item.pos);
        }
        if (paths.length === 0)
            throw errAt('include: path is required', item.pos);
        // relative to the including project's directory; an absolute path would silently become relative
        // to it when joined, so it is refused as written
        const inRepo = (p, what) => {
            if (isAbsolutePath(p.value)) {
                throw errAt(`${what} ${JSON.stringify(p.value)} is an absolute path: include paths must be relative and stay inside the repository`, p.pos, file);
            }
            return checkPath(joinRel(proj.workingDir, p.value), p.pos, what, file);
        };
        const files = paths.map((p) => inRepo(p, 'included file'));
        const projectDir = projectDirectory ? inRepo(projectDirectory, 'include project_directory') : dirOf(files[0]);
        if (proj.includeChain.includes(files[0])) {
            throw errAt(`include cycle detected:\n${[...proj.includeChain, files[0]].join('\n include ')}`, paths[0].pos);
        }
        for (let i = 0; i < files.length; i++) {
            if (!ctx.reader.exists(files[i]) || ctx.reader.isDir(files[i]))
                throw errAt(`included file not found: ${files[i]}`, paths[i].pos);
        }
        // the included project's env files: given ones (relative to the including project), else its .env
        let envPaths;
        if (envFiles.length > 0) {
            envPaths = envFiles.map((f) => {
                const p = inRepo(f, 'include env_file');
                if (!ctx.reader.exists(p) || ctx.reader.isDir(p))
                    throw errAt(`env file not found: ${p}`, f.pos);
                return p;
            });
        }
        else {
            const dotenv = joinRel(projectDir, '.env');
            envPaths = ctx.reader.exists(dotenv) && !ctx.reader.isDir(dotenv) ? [dotenv] : [];
        }
        const parentValues = Object.fromEntries(proj.env.values());
        const fromFiles = readEnvFiles(ctx.reader, envPaths, parentValues);
        // the including project's environment wins over the included env files
        const values = new Map(proj.env.values());
        for (const [k, v] of fromFiles)
            if (!values.has(k))
                values.set(k, v.value);
        const sub = { workingDir: projectDir, env: makeEnv(values), includeChain: [...proj.includeChain, files[0]] };
        const imported = loadModel(ctx, sub, files, item.pos);
        out = importResources(imported, out, ctx.warnings, files[0]);
    }
    return out;
}
function importResources(source, target, warnings, from) {
    let out = target;
    for (const section of ['services', 'networks', 'volumes', 'secrets', 'configs']) {
        const src = get(source, section);
        if (!src || src.kind !== 'map' || src.entries.size === 0)
            continue;
        const existingEntry = out.entries.get(section);
        const existing = existingEntry && existingEntry.value.kind === 'map' ? existingEntry.value : undefined;
        const entries = new Map(existing?.entries ?? []);
        for (const [k, e] of src.entries) {
            const local = entries.get(k);
            if (local) {
                if (!sameValue(local.value, e.value)) {
                    warnings.push({
                        code: 'other',
                        message: `${section}.${k} is defined here and in the included ${from}: Compose up to v2.40 refuses this ` +
                            '("conflicts with imported resource"); Compose 5 keeps this local definition, as assumed here',
                        pos: local.keyPos,
                    });
                }
                continue;
            }
            entries.set(k, e);
        }
        const pos = existing?.pos ?? src.pos;
        const sectionEntry = { key: section, keyPos: existingEntry?.keyPos ?? src.pos, value: { kind: 'map', entries, pos } };
        const all = new Map(out.entries);
        all.set(section, sectionEntry);
        out = { kind: 'map', entries: all, pos: out.pos };
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// one (sub)project's files → merged model
function loadModel(ctx, proj, files, from, parsed) {
    let dict = EMPTY_MAP(filePos(files[0]));
    for (const file of files) {
        const docs = parsed?.get(file) ?? readCompose(ctx.reader, file, from);
        for (const doc of docs) {
            if (!doc.root)
                continue;
            const { root, paths } = extractResets(topLevelMap(doc));
            let cfg = interpolateNode(root, { lookup: proj.env.lookup, warnings: ctx.warnings });
            // `extends.file` is relative to the file that holds it (Compose documentation, "extends")
            cfg = applyExtends(ctx, proj.env, cfg, file, dirOf(file), paths);
            dict = applyResets(dict, paths);
            cfg = applyInclude(ctx, proj, cfg, file);
            dict = mergeMappings(dict, cfg, []);
        }
    }
    return dict;
}
// ---------------------------------------------------------------------------------------------
function lastName(docsByFile, files) {
    let found;
    for (const f of files) {
        for (const d of docsByFile.get(f) ?? []) {
            if (!d.root || d.root.kind !== 'map')
                continue;
            const n = get(d.root, 'name');
            if (n && n.kind === 'scalar' && n.value !== null && String(n.value) !== '')
                found = { raw: String(n.value), pos: n.pos };
        }
    }
    return found;
}
function splitProfiles(v) {
    return (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Loads one compose project. Throws ConfigError (file + line) for input Compose would refuse. */
/** the environment as a map, made once per environment object (a host's projects share one) */
const envMaps = new WeakMap();
function envMapOf(env) {
    let m = envMaps.get(env);
    if (!m) {
        m = new Map(Object.entries(env));
        envMaps.set(env, m);
    }
    return m;
}
function loadProject(opts) {
    const { reader } = opts;
    if (opts.files.length === 0)
        throw new errors_ConfigError('no compose file given', { file: '.' });
    const files = opts.files.map((f) => {
        if (external_node_path_default().posix.isAbsolute(f) || leavesRoot(f))
            throw new errors_ConfigError('compose file is outside the repository', { file: f });
        return joinRel(f);
    });
    const dir = dirOf(files[0]);
    const warnings = [];
    const processEnv = opts.environment ?? {};
    let envPaths;
    if (opts.envFiles && opts.envFiles.length > 0) {
        envPaths = opts.envFiles.map((f) => {
            if (external_node_path_default().posix.isAbsolute(f) || leavesRoot(f))
                throw new errors_ConfigError('env file is outside the repository', { file: f });
            return joinRel(f);
        });
    }
    else {
        const dotenv = joinRel(dir, '.env');
        envPaths = reader.exists(dotenv) && !reader.isDir(dotenv) ? [dotenv] : [];
    }
    const fromFiles = readEnvFiles(reader, envPaths, processEnv);
    // the environment wins over the env files; the project's name, once resolved, over both
    const fileValues = new Map();
    for (const [k, v] of fromFiles)
        fileValues.set(k, v.value);
    const own = new Map();
    const env = layeredEnv([own, envMapOf(processEnv), fileValues]);
    const parsed = new Map();
    for (const f of files)
        if (!parsed.has(f))
            parsed.set(f, readCompose(reader, f));
    // project name
    const envName = Object.prototype.hasOwnProperty.call(processEnv, 'COMPOSE_PROJECT_NAME')
        ? { value: processEnv.COMPOSE_PROJECT_NAME }
        : fromFiles.has('COMPOSE_PROJECT_NAME')
            ? { value: fromFiles.get('COMPOSE_PROJECT_NAME').value, pos: { file: fromFiles.get('COMPOSE_PROJECT_NAME').file, line: fromFiles.get('COMPOSE_PROJECT_NAME').line } }
            : undefined;
    let fileName;
    const rawName = lastName(parsed, files);
    if (rawName) {
        try {
            fileName = { value: substitute(rawName.raw, env.lookup).value, pos: rawName.pos };
        }
        catch (e) {
            if (e instanceof InterpolationError)
                throw interpolationError(e, ['name'], rawName.raw, rawName.pos);
            throw e;
        }
    }
    let dirName = dir === '.' ? opts.rootName : external_node_path_default().posix.basename(dir);
    const needDir = !(opts.projectName || envName?.value || (fileName && fileName.value));
    if (dirName === undefined) {
        dirName = 'root';
        if (needDir) {
            warnings.push({
                code: 'other',
                message: 'the project at the repository root is named after the checkout directory, which is unknown here; assuming "root" (set name: or COMPOSE_PROJECT_NAME)',
                pos: filePos(files[0]),
            });
        }
    }
    const resolved = resolveProjectName({ explicit: opts.projectName, fromEnv: envName, fromFiles: fileName, dirName, firstFile: files[0] });
    own.set('COMPOSE_PROJECT_NAME', resolved.name);
    const ctx = { reader, warnings, extendsCache: new Map() };
    const proj = { workingDir: dir, env, includeChain: [files[0]] };
    const dict = loadModel(ctx, proj, files, undefined, parsed);
    if (dict.entries.size === 0)
        throw new errors_ConfigError('empty compose file', { file: files[0], line: 1, column: 1 });
    const profiles = opts.profiles && opts.profiles.length > 0 ? opts.profiles : splitProfiles(env.lookup('COMPOSE_PROFILES'));
    const built = buildNetworks(dict, resolved.name, profiles, warnings);
    return {
        name: resolved.name,
        dir,
        files,
        networks: built.networks,
        publishedPorts: built.publishedPorts,
        warnings,
        services: built.services,
    };
}

;// CONCATENATED MODULE: ./src/load/discover.ts
// Finding the compose projects of a repository (compose-networks.md §1):
//   - every directory holding a default-named compose file is one project, with its override file
//     (first found of each list wins, as in Compose); COMPOSE_FILE in that directory's .env
//     replaces the lookup, as it does for `docker compose` run there;
//   - with globs (the action's `compose-files`, the CLI's --compose), the matched files are the
//     projects instead: each matched file starts a project, an override-named file joins the
//     default-named file of its directory;
//   - node_modules, VCS directories and vendored trees are never entered.



const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const DEFAULT_OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const IGNORED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', 'third_party', 'bower_components', '.venv', 'venv', '__pycache__', '.terraform', '.tox']);
/** stop walking after this many directories (a CI gate must stay bounded) */
const MAX_DIRS = 100_000;
function* walk(reader) {
    const stack = ['.'];
    let seen = 0;
    while (stack.length > 0) {
        const dir = stack.pop();
        if (++seen > MAX_DIRS)
            return;
        const entries = reader.list(dir);
        const files = [];
        const dirs = [];
        for (const e of entries) {
            if (e.kind === 'file')
                files.push(e.name);
            else if (e.kind === 'dir' && !IGNORED_DIRS.has(e.name))
                dirs.push(joinRel(dir, e.name));
        }
        yield { dir, files };
        for (let i = dirs.length - 1; i >= 0; i--)
            stack.push(dirs[i]);
    }
}
function compareDirs(a, b) {
    if (a.dir !== b.dir)
        return a.dir < b.dir ? -1 : 1;
    const fa = a.files[0] ?? '';
    const fb = b.files[0] ?? '';
    return fa < fb ? -1 : fa > fb ? 1 : 0;
}
/** COMPOSE_FILE from a directory's .env (relative to that directory), if any */
function composeFileFromDotenv(reader, dir) {
    const p = joinRel(dir, '.env');
    if (!reader.exists(p) || reader.isDir(p))
        return undefined;
    let env;
    try {
        env = parseEnvFile(reader.read(p), p, () => undefined);
    }
    catch {
        return undefined; // the loader reports a broken .env with its line
    }
    const cf = env.get('COMPOSE_FILE')?.value;
    if (!cf)
        return undefined;
    const sep = env.get('COMPOSE_PATH_SEPARATOR')?.value || ':';
    const files = cf
        .split(sep)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => joinRel(dir, s));
    return files.length ? files : undefined;
}
/**
 * The files `docker compose` would use in a directory (an inventory `projects[].path` naming a
 * directory): COMPOSE_FILE from its .env, else the default file and its override; undefined when
 * the directory holds no default-named file.
 */
function projectFilesForDir(reader, dir) {
    const d = joinRel(dir);
    const names = new Set(reader.list(d).filter((e) => e.kind === 'file').map((e) => e.name));
    const base = DEFAULT_FILE_NAMES.find((n) => names.has(n));
    const fromEnv = composeFileFromDotenv(reader, d);
    if (fromEnv)
        return fromEnv;
    if (!base)
        return undefined;
    const override = DEFAULT_OVERRIDE_FILE_NAMES.find((n) => names.has(n));
    return override ? [joinRel(d, base), joinRel(d, override)] : [joinRel(d, base)];
}
function discoverProjects(reader, opts = {}) {
    const globs = (opts.globs ?? []).map((g) => g.trim()).filter((g) => g !== '' && !g.startsWith('#'));
    if (globs.length > 0)
        return discoverByGlobs(reader, globs);
    const out = [];
    for (const { dir, files } of walk(reader)) {
        if (!DEFAULT_FILE_NAMES.some((n) => files.includes(n)))
            continue;
        out.push({ dir, files: projectFilesForDir(reader, dir) });
    }
    return out.sort(compareDirs);
}
function discoverByGlobs(reader, globs) {
    const include = globs.filter((g) => !g.startsWith('!')).map(globToRegExp);
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globToRegExp(g.slice(1)));
    const out = [];
    for (const { dir, files } of walk(reader)) {
        const matched = files
            .map((f) => joinRel(dir, f))
            .filter((p) => include.some((r) => r.test(p)) && !exclude.some((r) => r.test(p)));
        if (matched.length === 0)
            continue;
        const name = (p) => p.slice(p.lastIndexOf('/') + 1);
        const overrides = matched.filter((p) => DEFAULT_OVERRIDE_FILE_NAMES.includes(name(p)));
        const bases = matched.filter((p) => !DEFAULT_OVERRIDE_FILE_NAMES.includes(name(p)));
        const defaultBase = DEFAULT_FILE_NAMES.map((n) => joinRel(dir, n)).find((p) => bases.includes(p));
        const override = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => joinRel(dir, n)).find((p) => overrides.includes(p));
        for (const b of bases) {
            out.push({ dir, files: b === defaultBase && override ? [b, override] : [b] });
        }
        if (!defaultBase)
            for (const o of overrides)
                out.push({ dir, files: [o] });
    }
    return out.sort(compareDirs);
}
/** more "**" than this in one glob is refused: each one multiplies the matching work */
const MAX_GLOBSTARS = 4;
/** A glob as a RegExp over repo-relative paths (no leading "./"). */
function globToRegExp(glob) {
    let g = glob.trim().replace(/^\.\//, '');
    if (g.startsWith('/'))
        g = g.slice(1);
    // runs of stars mean one "**": collapsed, so that the RegExp cannot backtrack exponentially
    g = g.replace(/\*{3,}/g, '**').replace(/(?:\*\*\/)+/g, '**/').replace(/(?:\*\*)+/g, '**');
    if ((g.match(/\*\*/g) ?? []).length > MAX_GLOBSTARS) {
        throw new errors_ConfigError(`compose file glob "${glob}" has more than ${MAX_GLOBSTARS} "**": simplify it`);
    }
    let re = '';
    let i = 0;
    let inBraces = 0;
    while (i < g.length) {
        const c = g[i];
        if (c === '*') {
            if (g[i + 1] === '*') {
                // "**/" matches zero or more directories; a trailing "**" matches everything below
                const slash = g[i + 2] === '/';
                re += slash ? '(?:.*/)?' : '.*';
                i += slash ? 3 : 2;
                continue;
            }
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const end = g.indexOf(']', i + 1);
            if (end < 0) {
                re += '\\[';
            }
            else {
                let cls = g.slice(i + 1, end).replace(/\\/g, '\\\\');
                if (cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                re += `[${cls}]`;
                i = end;
            }
        }
        else if (c === '{') {
            inBraces++;
            re += '(?:';
        }
        else if (c === '}' && inBraces > 0) {
            inBraces--;
            re += ')';
        }
        else if (c === ',' && inBraces > 0) {
            re += '|';
        }
        else {
            re += c.replace(/[.+^$()|\\]/g, '\\$&');
        }
        i++;
    }
    while (inBraces-- > 0)
        re += ')';
    try {
        return new RegExp(`^${re}$`);
    }
    catch (e) {
        // e.g. a character class with its range reversed: "[z-a]"
        throw new errors_ConfigError(`compose file glob "${glob}" is not a valid pattern (${e.message.replace(/^Invalid regular expression: /, '')})`);
    }
}

;// CONCATENATED MODULE: ./src/load/json-positions.ts
// JSON and YAML documents as a small tree that remembers where every key and value was written.
//
// - parseJsonDoc: a strict RFC 8259 parser (what dockerd's Go encoding/json accepts), whose syntax errors
//   use Go's own wording ("invalid character '}' looking for beginning of object key string"), because that
//   is what dockerd prints for a broken daemon.json. Tabs, CRLF and a leading BOM are fine.
// - parseYamlDoc: the `yaml` package (YAML 1.2 core schema, which also reads JSON) converted to the same
//   tree, with anchors/aliases expanded under a budget, `<<` merge keys, and duplicate keys refused.
// Offsets are stored; line/column are computed on demand from a line index (1-based, endColumn one past).





/** Limits that keep hostile input bounded. */
const json_positions_MAX_DEPTH = 256;
/** values a YAML document may stand for, every alias counted as what it repeats (an alias bomb stops here) */
const json_positions_MAX_NODES = 1_000_000;
/** Offset → line/column for one text. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13 && text.charCodeAt(i + 1) !== 10)
                this.starts.push(i + 1);
        }
        // a BOM is not a column
        if (text.charCodeAt(0) === 0xfeff)
            this.starts[0] = 1;
    }
    /** the offset of a 1-based line and column */
    offset(line, column) {
        return this.starts[line - 1] + column - 1;
    }
    /** 1-based line and column of an offset */
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: Math.max(1, offset - this.starts[lo] + 1) };
    }
}
class ParsedDoc {
    file;
    text;
    root;
    lines;
    constructor(file, text, 
    /** undefined for an empty document */
    root, lines) {
        this.file = file;
        this.text = text;
        this.root = root;
        this.lines = lines ?? new LineIndex(text);
    }
    span(s) {
        const a = this.lines.at(s.start);
        const b = this.lines.at(Math.max(s.start, s.end));
        return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    pos(node) {
        return this.span(node);
    }
    keyPos(entry) {
        return this.span(entry.keySpan);
    }
    /** a ConfigError located at a node (or an entry's key) */
    error(message, at) {
        if (!at)
            return new errors_ConfigError(message, { file: this.file });
        const s = 'keySpan' in at ? at.keySpan : at;
        return new errors_ConfigError(message, this.span(s));
    }
}
// ---------------------------------------------------------------------------------------------
// Tree helpers
/** The entry for a key; the last one when a key repeats (what Go's encoding/json and most YAML readers do). */
function entryOf(obj, key) {
    for (let i = obj.entries.length - 1; i >= 0; i--)
        if (obj.entries[i].key === key)
            return obj.entries[i];
    return undefined;
}
function json_positions_valueOf(obj, key) {
    return entryOf(obj, key)?.value;
}
/** The first key that occurs twice, with both entries. */
function firstDuplicateKey(obj) {
    const seen = new Map();
    for (const e of obj.entries) {
        const prev = seen.get(e.key);
        if (prev)
            return { first: prev, again: e };
        seen.set(e.key, e);
    }
    return undefined;
}
/** "a string", "a number", "a list" … for messages */
function describeKind(node) {
    if (!node)
        return 'nothing';
    switch (node.kind) {
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'string':
            return `the string ${JSON.stringify(node.value)}`;
        case 'number':
            return `the number ${node.raw}`;
        case 'boolean':
            return `the boolean ${node.raw}`;
        case 'null':
            return 'an empty value (null)';
    }
}
/** Plain JavaScript value of a node (for schema validation). "__proto__" keys stay ordinary keys. */
function toPlain(node) {
    if (!node)
        return null;
    switch (node.kind) {
        case 'object': {
            const o = {};
            for (const e of node.entries) {
                Object.defineProperty(o, e.key, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
            }
            return o;
        }
        case 'array':
            return node.items.map(toPlain);
        default:
            return node.value;
    }
}
/** The node at a JSON pointer ("/hosts/0/name"), or the deepest node on the way. */
function nodeAtPointer(root, pointer) {
    if (!root || pointer === '')
        return { node: root };
    const parts = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = root;
    let entry;
    for (const part of parts) {
        if (node.kind === 'object') {
            const e = entryOf(node, part);
            if (!e)
                break;
            entry = e;
            node = e.value;
        }
        else if (node.kind === 'array') {
            const item = node.items[Number(part)];
            if (!item)
                break;
            entry = undefined;
            node = item;
        }
        else
            break;
    }
    return { node, entry };
}
// ---------------------------------------------------------------------------------------------
// JSON
/** Go's quoteChar: how encoding/json shows a character in an error */
function quoteChar(c) {
    if (c === "'")
        return `'\\''`;
    if (c === '"')
        return `'"'`;
    const q = JSON.stringify(c).slice(1, -1);
    return `'${q}'`;
}
class JsonSyntax extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Strict JSON with positions. Throws ConfigError("… <Go's message>") located at the offending character.
 * An empty (or whitespace-only) text gives a document without a root.
 */
function parseJsonDoc(text, file) {
    const lines = new LineIndex(text);
    const p = new JsonParser(text);
    try {
        const root = p.document();
        return new ParsedDoc(file, text, root, lines);
    }
    catch (e) {
        if (e instanceof JsonSyntax) {
            const at = lines.at(e.offset);
            throw new errors_ConfigError(e.message, { file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 });
        }
        throw e;
    }
}
const json_positions_ESCAPES = new Map([
    ['"', '"'],
    ['\\', '\\'],
    ['/', '/'],
    ['b', '\b'],
    ['f', '\f'],
    ['n', '\n'],
    ['r', '\r'],
    ['t', '\t'],
]);
class JsonParser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
        if (s.charCodeAt(0) === 0xfeff)
            this.i = 1;
    }
    ws() {
        const s = this.s;
        let i = this.i;
        for (;;) {
            const c = s.charCodeAt(i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                i++;
            else
                break;
        }
        this.i = i;
    }
    fail(context) {
        if (this.i >= this.s.length)
            throw new JsonSyntax('unexpected end of JSON input', this.s.length);
        throw new JsonSyntax(`invalid character ${quoteChar(this.s[this.i])} ${context}`, this.i);
    }
    document() {
        this.ws();
        if (this.i >= this.s.length)
            return undefined;
        const v = this.value(0);
        this.ws();
        if (this.i < this.s.length)
            this.fail('after top-level value');
        return v;
    }
    value(depth) {
        if (depth > json_positions_MAX_DEPTH)
            throw new JsonSyntax(`exceeded max depth (nested deeper than ${json_positions_MAX_DEPTH} levels)`, this.i);
        const c = this.s[this.i];
        switch (c) {
            case '{':
                return this.object(depth);
            case '[':
                return this.array(depth);
            case '"': {
                const start = this.i;
                const value = this.string();
                return { kind: 'string', value, start, end: this.i };
            }
            case 't':
                return this.literal('true', true);
            case 'f':
                return this.literal('false', false);
            case 'n': {
                const start = this.i;
                this.word('null');
                return { kind: 'null', value: null, start, end: this.i };
            }
            default:
                if (c === '-' || (c >= '0' && c <= '9'))
                    return this.number();
                return this.fail('looking for beginning of value');
        }
    }
    word(w) {
        for (let k = 0; k < w.length; k++, this.i++) {
            if (this.s[this.i] !== w[k]) {
                if (this.i >= this.s.length)
                    this.fail('');
                this.fail(`in literal ${w} (expecting ${quoteChar(w[k])})`);
            }
        }
    }
    literal(w, value) {
        const start = this.i;
        this.word(w);
        return { kind: 'boolean', value, raw: w, start, end: this.i };
    }
    number() {
        const s = this.s;
        const start = this.i;
        const digit = () => this.i < s.length && s[this.i] >= '0' && s[this.i] <= '9';
        if (s[this.i] === '-') {
            this.i++;
            if (!digit())
                this.fail('in numeric literal');
        }
        if (s[this.i] === '0')
            this.i++;
        else
            while (digit())
                this.i++;
        if (s[this.i] === '.') {
            this.i++;
            if (!digit())
                this.fail('after decimal point in numeric literal');
            while (digit())
                this.i++;
        }
        if (s[this.i] === 'e' || s[this.i] === 'E') {
            this.i++;
            if (s[this.i] === '+' || s[this.i] === '-')
                this.i++;
            if (!digit())
                this.fail('in exponent of numeric literal');
            while (digit())
                this.i++;
        }
        const raw = s.slice(start, this.i);
        return { kind: 'number', value: Number(raw), raw, start, end: this.i };
    }
    string() {
        const s = this.s;
        this.i++; // opening quote
        let out = '';
        let chunk = this.i;
        for (;;) {
            if (this.i >= s.length)
                this.fail('');
            const c = s.charCodeAt(this.i);
            if (c === 34) {
                out += s.slice(chunk, this.i);
                this.i++;
                return out;
            }
            if (c < 0x20)
                this.fail('in string literal');
            if (c !== 92) {
                this.i++;
                continue;
            }
            out += s.slice(chunk, this.i);
            this.i++;
            const e = s[this.i];
            const simple = e === undefined ? undefined : json_positions_ESCAPES.get(e);
            if (simple !== undefined) {
                out += simple;
                this.i++;
            }
            else if (e === 'u') {
                this.i++;
                for (let k = 0; k < 4; k++) {
                    if (!/[0-9a-fA-F]/.test(s[this.i + k] ?? '')) {
                        this.i += k;
                        this.fail('in \\u hexadecimal character escape');
                    }
                }
                out += String.fromCharCode(parseInt(s.slice(this.i, this.i + 4), 16));
                this.i += 4;
            }
            else {
                this.fail('in string escape code');
            }
            chunk = this.i;
        }
    }
    object(depth) {
        const start = this.i;
        this.i++;
        const entries = [];
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return { kind: 'object', entries, start, end: this.i };
        }
        for (;;) {
            if (this.s[this.i] !== '"')
                this.fail('looking for beginning of object key string');
            const ks = this.i;
            const key = this.string();
            const keySpan = { start: ks, end: this.i };
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail('after object key');
            this.i++;
            this.ws();
            const value = this.value(depth + 1);
            entries.push({ key, keySpan, value });
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                this.ws();
                continue;
            }
            if (this.s[this.i] === '}') {
                this.i++;
                return { kind: 'object', entries, start, end: this.i };
            }
            this.fail('after object key:value pair');
        }
    }
    array(depth) {
        const start = this.i;
        this.i++;
        const items = [];
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return { kind: 'array', items, start, end: this.i };
        }
        for (;;) {
            items.push(this.value(depth + 1));
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                this.ws();
                continue;
            }
            if (this.s[this.i] === ']') {
                this.i++;
                return { kind: 'array', items, start, end: this.i };
            }
            this.fail('after array element');
        }
    }
}
// ---------------------------------------------------------------------------------------------
// YAML
/**
 * YAML 1.2 (core schema) with positions. Syntax errors, several documents in one file, duplicate keys,
 * non-scalar keys, alias bombs and documents nested deeper than MAX_DEPTH become ConfigErrors.
 */
function parseYamlDoc(text, file) {
    const fast = readSimpleYaml(text, file);
    if (fast && fast.length === 1 && fast[0].root) {
        const lines = new LineIndex(text);
        const root = fromFastNode(fast[0].root, text, lines);
        if (root)
            return new ParsedDoc(file, text, root, lines);
    }
    return parseYamlDocFully(text, file);
}
/** parseYamlDoc through the `yaml` package alone (the fast reader's reference in tests). */
function parseYamlDocFully(text, file) {
    const lines = new LineIndex(text);
    const at = (offset) => {
        const p = lines.at(offset);
        return { file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 };
    };
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2', merge: false });
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new errors_ConfigError(`the document is nested too deeply to read`, { file });
        throw e;
    }
    const err = doc.errors[0];
    if (err) {
        if (/Maximum call stack/i.test(err.message))
            throw new errors_ConfigError(`the document is nested too deeply to read`, at(err.pos[0]));
        const msg = err.code === 'MULTIPLE_DOCS'
            ? 'the file holds more than one YAML document (a second "---"); it must be a single document'
            : err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors_ConfigError(`not valid YAML: ${msg}`, at(err.pos[0]));
    }
    const conv = new YamlConverter(doc, file, text, lines);
    const root = doc.contents === null ? undefined : conv.node(doc.contents, 0);
    return new ParsedDoc(file, text, root, lines);
}
class YamlConverter {
    doc;
    file;
    text;
    lines;
    /** values produced so far, counting every alias as the size of what it stands for */
    count = 0;
    /** deepest level reached (for the height of an anchored subtree) */
    deepest = 0;
    /** each alias → the node it names (the nearest anchor before it), resolved in one pass */
    targets = new Map();
    /** anchored nodes already converted: shared, never copied, so an alias costs O(1) */
    done = new Map();
    converting = new Set();
    constructor(doc, file, text, lines) {
        this.doc = doc;
        this.file = file;
        this.text = text;
        this.lines = lines;
        const anchors = new Map();
        (0,dist/* visit */.YR)(doc, {
            Node: (_k, node) => {
                if ((0,dist/* isAlias */.Vj)(node)) {
                    const t = anchors.get(node.source);
                    if (t)
                        this.targets.set(node, t);
                }
                else if (node.anchor)
                    anchors.set(node.anchor, node);
            },
        });
    }
    err(message, start, end) {
        const a = this.lines.at(start);
        const b = this.lines.at(Math.max(start, end));
        return new errors_ConfigError(message, { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    }
    spanOf(n) {
        const r = n.range ?? [0, 0, 0];
        return { start: r[0], end: (0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n) ? textEnd(n) : r[1] };
    }
    tooMany(sp) {
        return this.err(`the document expands to more than ${groupDigits(json_positions_MAX_NODES)} values (too many aliases)`, sp.start, sp.end);
    }
    node(n, depth) {
        const sp = this.spanOf(n);
        if (depth > json_positions_MAX_DEPTH)
            throw this.err(`the document is nested deeper than ${json_positions_MAX_DEPTH} levels`, sp.start, sp.end);
        if ((0,dist/* isAlias */.Vj)(n)) {
            const target = this.targets.get(n);
            if (!target)
                throw this.err(`unknown alias *${n.source}`, sp.start, sp.end);
            if (this.converting.has(target))
                throw this.err(`the alias *${n.source} refers to a node that contains it`, sp.start, sp.end);
            const made = this.done.get(target);
            if (!made)
                return this.node(target, depth);
            this.count += made.size;
            if (this.count > json_positions_MAX_NODES)
                throw this.tooMany(sp);
            if (depth + made.height > json_positions_MAX_DEPTH)
                throw this.err(`the document is nested deeper than ${json_positions_MAX_DEPTH} levels`, sp.start, sp.end);
            this.deepest = Math.max(this.deepest, depth + made.height);
            return made.node;
        }
        if (!n.anchor)
            return this.convert(n, sp, depth);
        const before = this.count;
        const deepestBefore = this.deepest;
        this.deepest = depth;
        this.converting.add(n);
        const node = this.convert(n, sp, depth);
        this.converting.delete(n);
        this.done.set(n, { node, size: this.count - before, height: this.deepest - depth });
        this.deepest = Math.max(this.deepest, deepestBefore);
        return node;
    }
    convert(n, sp, depth) {
        if (++this.count > json_positions_MAX_NODES)
            throw this.tooMany(sp);
        this.deepest = Math.max(this.deepest, depth);
        if ((0,dist/* isScalar */.jn)(n))
            return this.scalar(n.value, sp, n.type);
        if ((0,dist/* isSeq */.oP)(n)) {
            const items = [];
            for (const it of n.items) {
                items.push(it === null || it === undefined ? { kind: 'null', value: null, ...sp } : this.node(it, depth + 1));
            }
            return { kind: 'array', items, ...sp };
        }
        if ((0,dist/* isMap */.jh)(n)) {
            const entries = [];
            const merged = [];
            const mergedKeys = new Set();
            const firstAt = new Map();
            for (const pair of n.items) {
                const k = pair.key;
                const kSpan = k ? this.spanOf(k) : sp;
                if (k && !(0,dist/* isScalar */.jn)(k))
                    throw this.err('keys must be plain strings, not lists or mappings', kSpan.start, kSpan.end);
                const keyText = !k || k.value === null || k.value === undefined ? '' : typeof k.value === 'string' ? k.value : this.text.slice(kSpan.start, kSpan.end);
                const v = pair.value;
                // `<<: *base` or `<<: [*a, *b]` merges the keys the mapping does not set itself
                if (keyText === '<<' && k && (0,dist/* isScalar */.jn)(k) && k.type === 'PLAIN') {
                    const srcs = v && (0,dist/* isSeq */.oP)(v) ? v.items : v ? [v] : [];
                    for (const src of srcs) {
                        const m = this.node(src, depth + 1);
                        if (m.kind !== 'object')
                            throw this.err('a << merge key takes a mapping or a list of mappings', kSpan.start, kSpan.end);
                        for (const e of m.entries) {
                            if (mergedKeys.has(e.key))
                                continue;
                            mergedKeys.add(e.key);
                            merged.push(e);
                        }
                    }
                    continue;
                }
                const prev = firstAt.get(keyText);
                if (prev) {
                    const line = this.lines.at(prev.keySpan.start).line;
                    throw this.err(`duplicate key "${keyText}" (first defined on line ${line})`, kSpan.start, kSpan.end);
                }
                const value = v ? this.node(v, depth + 1) : { kind: 'null', value: null, start: kSpan.end, end: kSpan.end };
                const entry = { key: keyText, keySpan: kSpan, value };
                firstAt.set(keyText, entry);
                entries.push(entry);
            }
            for (const e of merged)
                if (!firstAt.has(e.key))
                    entries.push(e);
            return { kind: 'object', entries, ...sp };
        }
        throw this.err('unsupported YAML node', sp.start, sp.end);
    }
    scalar(value, sp, type) {
        const raw = this.sourceText(sp);
        if (value === null || value === undefined)
            return { kind: 'null', value: null, ...sp };
        if (typeof value === 'boolean')
            return { kind: 'boolean', value, raw, ...sp };
        if (typeof value === 'number' || typeof value === 'bigint') {
            return { kind: 'number', value: Number(value), raw: type === 'PLAIN' ? raw : String(value), ...sp };
        }
        if (typeof value === 'string')
            return { kind: 'string', value, ...sp };
        return { kind: 'string', value: raw, ...sp };
    }
    sourceText(sp) {
        return this.text.slice(sp.start, sp.end);
    }
}
/**
 * The fast reader's nodes (src/load/yaml-fast.ts) as this module's tree: the same values, spans and
 * source texts the yaml-package path produces (test/load/yaml-fast.test.ts compares them), or
 * undefined for what this tree spells differently (keys that are not strings in the source: `1.0:`).
 */
function fromFastNode(root, text, lines) {
    const span = (p) => ({ start: lines.offset(p.line, p.column), end: lines.offset(p.endLine ?? p.line, p.endColumn ?? p.column) });
    const made = new Map();
    let ok = true;
    const conv = (n) => {
        const known = made.get(n);
        if (known)
            return known;
        const sp = span(n.pos);
        let d;
        if (n.kind === 'scalar') {
            const v = n.value;
            const raw = text.slice(sp.start, sp.end);
            if (v === null)
                d = { kind: 'null', value: null, ...sp };
            else if (typeof v === 'boolean')
                d = { kind: 'boolean', value: v, raw, ...sp };
            else if (typeof v === 'number')
                d = { kind: 'number', value: v, raw, ...sp };
            else
                d = { kind: 'string', value: v, ...sp };
        }
        else if (n.kind === 'seq') {
            d = { kind: 'array', items: n.items.map(conv), ...sp };
        }
        else {
            const entries = [];
            for (const e of n.entries.values()) {
                const keySpan = span(e.keyPos);
                // a key written as a number or boolean keeps its source text here (the compose reader uses String(value))
                const src = text.slice(keySpan.start, keySpan.end);
                if (src[0] !== '"' && src[0] !== "'" && src !== e.key)
                    ok = false;
                entries.push({ key: e.key, keySpan, value: conv(e.value) });
            }
            d = { kind: 'object', entries, ...sp };
        }
        made.set(n, d);
        return d;
    };
    const out = conv(root);
    return ok ? out : undefined;
}

;// CONCATENATED MODULE: ./src/load/daemon.ts
// daemon.json → DaemonConfig, every value with its position.
//
// We read the keys that decide where Docker puts networks (default-address-pools, bip, fixed-cidr, bridge,
// mtu, default-network-opts, ip-forward, iptables). Everything that would stop dockerd from starting is a
// ConfigError that says so, in dockerd's own words where it has them:
//   - broken JSON: Go encoding/json's message ("invalid character '}' looking for beginning of object key string")
//   - pools: "invalid base pool …: invalid CIDR address: …", "invalid pools size: N" (libnetwork ipamutils)
//   - bip/fixed-cidr: "invalid CIDR address: …" (net.ParseCIDR)
//   - bridge + bip: "You specified -b & --bip, mutually exclusive options. Please specify only one"
//   - a misspelt key we read ("default-address-pool", "MTU"): refused, since dockerd would not apply it
// Other keys are left alone (daemon.json has dozens). A key written twice: dockerd, like Go's encoding/json,
// takes the last one; so do we. An empty file is Docker's defaults (dockerd accepts it).



const REFUSES = 'dockerd refuses to start';
/** The daemon.json keys this loader reads. */
const DAEMON_KEYS = [
    'default-address-pools',
    'bip',
    'fixed-cidr',
    'bridge',
    'mtu',
    'default-network-opts',
    'ip-forward',
    'iptables',
];
/**
 * Real dockerd keys that look like ours (one or two letters apart) — never reported as misspellings.
 * Only keys close to the ones above matter here; this is not the full list of dockerd options.
 */
const REAL_NEIGHBOURS = new Set(['bip6', 'ip6tables', 'fixed-cidr-v6', 'ip-forward-no-drop', 'ip-masq', 'ipv6', 'mtu', 'dns', 'hosts', 'ip']);
/** dockerd's own configuration files are a few hundred bytes; anything near this is not one */
const MAX_DAEMON_JSON_BYTES = 1024 * 1024;
/** Refuses a file over `max` bytes before reading it (a 50 MB JSON file would cost gigabytes to parse). */
function refuseLarge(reader, file, max, what) {
    const size = reader.size(file);
    if (size > max) {
        throw new errors_ConfigError(`${what} is ${(size / 1048576).toFixed(1)} MiB; files larger than ${max / 1048576} MiB are refused`, { file, line: 1, column: 1 });
    }
}
function loadDaemonConfig(reader, file) {
    refuseLarge(reader, file, MAX_DAEMON_JSON_BYTES, 'daemon.json');
    return parseDaemonConfig(reader.read(file), file);
}
/** Docker's defaults: no daemon.json. */
function defaultDaemonConfig() {
    return {};
}
function parseDaemonConfig(text, file) {
    let doc;
    try {
        doc = parseJsonDoc(text, file);
    }
    catch (e) {
        if (e instanceof errors_ConfigError)
            throw new errors_ConfigError(`${REFUSES}: ${e.message}${jsonHint(e.message)}`, e.pos);
        throw e;
    }
    const cfg = { file };
    const root = doc.root;
    if (!root)
        return cfg; // an empty file: dockerd starts with its defaults
    if (root.kind === 'null')
        return cfg; // Go unmarshals null into a map as "nothing set"
    if (root.kind !== 'object') {
        const what = root.kind;
        throw doc.error(`${REFUSES}: json: cannot unmarshal ${what} into Go value of type map[string]interface {} — daemon.json must be one JSON object`, root);
    }
    checkSpelling(doc, root);
    const get = (key) => {
        let found;
        for (const e of root.entries)
            if (e.key === key)
                found = e; // the last one wins, as in dockerd
        return found && found.value.kind !== 'null' ? found : undefined;
    };
    const pools = get('default-address-pools');
    if (pools) {
        const list = readPools(doc, pools.value);
        if (list.length > 0)
            cfg.defaultAddressPools = { value: list, pos: doc.pos(pools.value) };
    }
    const bridge = get('bridge');
    let bridgeName = '';
    if (bridge) {
        bridgeName = str(doc, bridge, 'the name of an existing bridge interface, or "none"').value;
        if (bridgeName !== '')
            cfg.bridgeNone = { value: bridgeName === 'none', pos: doc.pos(bridge.value) };
    }
    const bip = get('bip');
    if (bip) {
        const v = str(doc, bip, 'the bridge address with its prefix length, e.g. "172.26.0.1/16"');
        if (v.value !== '') {
            cidr(doc, bip.value, v.value, 'bip', 'the address docker0 takes, with its prefix length, e.g. "172.26.0.1/16"');
            if (bridgeName !== '') {
                throw doc.error(`${REFUSES}: You specified -b & --bip, mutually exclusive options. Please specify only one — "bridge": "${bridgeName}" and "bip" cannot be set together`, bip.value);
            }
            cfg.bip = v;
        }
    }
    const fixed = get('fixed-cidr');
    if (fixed) {
        const v = str(doc, fixed, 'an IPv4 prefix inside the bridge subnet, e.g. "172.26.5.0/24"');
        if (v.value !== '') {
            cidr(doc, fixed.value, v.value, 'fixed-cidr', 'the IPv4 range containers on docker0 get addresses from, e.g. "172.26.5.0/24"');
            cfg.fixedCidr = v;
        }
    }
    const mtu = get('mtu');
    if (mtu) {
        const v = daemon_int(doc, mtu, 'the MTU of docker0, e.g. 1442');
        if (v.value < 0)
            throw doc.error(`${REFUSES}: invalid default MTU: ${v.value}`, mtu.value);
        if (v.value !== 0 && (v.value < 68 || v.value > 65535)) {
            throw doc.error(`${REFUSES}: cannot set docker0's MTU to ${v.value} — Linux accepts an MTU from 68 to 65535 (0 means the default, 1500)`, mtu.value);
        }
        cfg.mtu = v;
    }
    const opts = get('default-network-opts');
    if (opts)
        cfg.defaultNetworkOpts = readNetworkOpts(doc, opts.value);
    const fwd = get('ip-forward');
    if (fwd)
        cfg.ipForward = bool(doc, fwd);
    const ipt = get('iptables');
    if (ipt)
        cfg.iptables = bool(doc, ipt);
    return cfg;
}
// ---------------------------------------------------------------------------------------------
function jsonHint(goMessage) {
    if (/^invalid character '[}\]]' looking for beginning of (object key string|value)/.test(goMessage)) {
        return ' — daemon.json is strict JSON: remove the trailing comma';
    }
    if (/^invalid character '[/#]'/.test(goMessage))
        return ' — daemon.json is strict JSON: comments are not allowed';
    if (/^invalid character '\\''/.test(goMessage))
        return ' — daemon.json is strict JSON: use double quotes';
    if (/^invalid character '[A-Za-z_]' looking for beginning of object key string/.test(goMessage)) {
        return ' — daemon.json is strict JSON: keys need double quotes';
    }
    return ' — daemon.json is not valid JSON';
}
/** dockerd refuses unknown directives; a near-miss of a key we read is almost certainly a typo. */
function checkSpelling(doc, root) {
    for (const e of root.entries) {
        if (DAEMON_KEYS.includes(e.key) || REAL_NEIGHBOURS.has(e.key))
            continue;
        const meant = DAEMON_KEYS.find((k) => k.toLowerCase() === e.key.toLowerCase() || (k.length >= 6 && distance(k, e.key) <= 2));
        if (meant) {
            throw doc.error(`unknown key "${e.key}" — did you mean "${meant}"? dockerd does not read "${e.key}" (it either refuses to start with ` +
                `"the following directives don't match any configuration option: ${e.key}" or ignores it), so the setting is not applied`, e);
        }
    }
}
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function typeError(doc, node, what, expected, example) {
    return doc.error(`${REFUSES}: ${what} must be ${expected}, found ${describeKind(node)} — ${example}`, node);
}
function str(doc, e, example) {
    if (e.value.kind !== 'string')
        throw typeError(doc, e.value, `"${e.key}"`, 'a string', example);
    return { value: e.value.value, pos: doc.pos(e.value) };
}
function daemon_int(doc, e, example) {
    const v = e.value;
    if (v.kind !== 'number' || !/^-?\d+$/.test(v.raw))
        throw typeError(doc, v, `"${e.key}"`, 'a whole number', example);
    return { value: v.value, pos: doc.pos(v) };
}
function bool(doc, e) {
    if (e.value.kind !== 'boolean')
        throw typeError(doc, e.value, `"${e.key}"`, 'true or false (no quotes)', `e.g. "${e.key}": false`);
    return { value: e.value.value, pos: doc.pos(e.value) };
}
/** net.ParseCIDR's verdict, plus IPv4-only for bip and fixed-cidr */
function cidr(doc, node, text, key, meaning) {
    const p = text === text.trim() ? parsePrefix(text) : { error: 'surrounding spaces' };
    if ('error' in p)
        throw doc.error(`${REFUSES}: invalid CIDR address: ${text} — ${cidrProblem(text, p.error)}; "${key}" is ${meaning}`, node);
    if (p.prefix.family !== 4) {
        throw doc.error(`${REFUSES}: "${key}" must be an IPv4 address with prefix length, found IPv6 ${text} — "${key}" is ${meaning}`, node);
    }
}
/** parsePrefix's complaint without repeating the text we already quote */
function cidrProblem(text, error) {
    const q = JSON.stringify(text);
    if (error.startsWith(`${q}: `))
        return error.slice(q.length + 2);
    if (error.startsWith(`${q} `))
        return `${text} ${error.slice(q.length + 1)}`;
    return error;
}
function readPools(doc, node) {
    if (node.kind !== 'array') {
        throw typeError(doc, node, '"default-address-pools"', 'a list', 'e.g. "default-address-pools": [{"base": "10.201.0.0/16", "size": 24}]');
    }
    return node.items.map((item) => readPool(doc, item));
}
/** Go matches struct fields case-insensitively ("Base" sets base); the last matching key wins. */
function field(obj, name) {
    let found;
    for (const e of obj.entries)
        if (e.key.toLowerCase() === name)
            found = e;
    return found;
}
function readPool(doc, item) {
    if (item.kind !== 'object') {
        throw typeError(doc, item, 'each "default-address-pools" entry', 'an object', 'e.g. {"base": "10.201.0.0/16", "size": 24}');
    }
    const baseE = field(item, 'base');
    const sizeE = field(item, 'size');
    const base = baseE && baseE.value.kind !== 'null' ? baseE.value : undefined;
    const size = sizeE && sizeE.value.kind !== 'null' ? sizeE.value : undefined;
    if (base && base.kind !== 'string') {
        throw typeError(doc, base, '"base"', 'a string', 'the prefix the pool is cut from, e.g. "10.201.0.0/16"');
    }
    const baseText = base ? base.value : '';
    const parsed = baseText === baseText.trim() ? parsePrefix(baseText) : { error: 'surrounding spaces' };
    if ('error' in parsed) {
        const why = base ? cidrProblem(baseText, parsed.error) : 'the entry has no "base"';
        throw doc.error(`${REFUSES}: invalid base pool ${JSON.stringify(baseText)}: invalid CIDR address: ${baseText} — ${why}`, base ?? item);
    }
    if (size && (size.kind !== 'number' || !/^-?\d+$/.test(size.raw))) {
        throw typeError(doc, size, '"size"', 'a whole number', 'the prefix length of each network cut from base, e.g. 24');
    }
    const sizeValue = size ? size.value : 0;
    const ones = parsed.prefix.bits;
    const max = parsed.prefix.family === 4 ? 32 : 128;
    if (sizeValue <= 0 || sizeValue < ones || sizeValue > max) {
        const why = size
            ? `"size" is the prefix length of each network cut from ${baseText}: from ${ones} to ${max}`
            : 'the entry has no "size" (the prefix length of each network, e.g. 24)';
        throw doc.error(`${REFUSES}: invalid pools size: ${sizeValue} — ${why}`, size ?? item);
    }
    return {
        base: { value: base.value, pos: doc.pos(base) },
        size: { value: sizeValue, pos: doc.pos(size) },
        pos: doc.pos(item),
    };
}
function readNetworkOpts(doc, node) {
    const example = 'e.g. "default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "1442"}}';
    if (node.kind !== 'object')
        throw typeError(doc, node, '"default-network-opts"', 'an object of drivers', example);
    const out = {};
    for (const d of node.entries) {
        if (d.value.kind === 'null')
            continue;
        if (d.value.kind !== 'object')
            throw typeError(doc, d.value, `"default-network-opts" → "${d.key}"`, 'an object of options', example);
        const opts = out[d.key] ?? {};
        for (const o of d.value.entries) {
            if (o.value.kind !== 'string') {
                throw typeError(doc, o.value, `"${o.key}"`, 'a string (Docker driver options are strings: write "1442", not 1442)', example);
            }
            opts[o.key] = { value: o.value.value, pos: doc.pos(o.value) };
        }
        Object.defineProperty(out, d.key, { value: opts, enumerable: true, writable: true, configurable: true });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/load/importers.ts
// `reserved: - import: FILE` — reserved ranges from the inventory a team already keeps. The format is
// recognised from the content:
//   netbox            GET /api/ipam/prefixes/ (one page with every prefix, or the `results` of all pages
//                     merged into one array): results[].prefix, named by description, VLAN, role, VRF.
//                     Deprecated prefixes are left out. A page with `next` set is refused (ranges missing).
//   aws-describe-vpcs `aws ec2 describe-vpcs --output json`: every IPv4 and IPv6 CIDR association that is
//                     associated (or associating), named by the Name tag and the VPC id.
//   terraform-output  `terraform output -json`: every string in an output's value (strings, lists, maps,
//                     nested) that is a CIDR prefix, named after the output key (and the path inside it).
//                     Bare addresses and default routes (0.0.0.0/0, ::/0) are not ranges and are skipped;
//                     "10.0.1.5/24" (an interface address) reserves its network 10.0.1.0/24.
// Every range keeps its position in the imported file. A file that yields no range at all is an error: an
// empty export is much more often a wrong file than an empty network.



function loadImport(reader, file) {
    return parseImport(reader.read(file), file);
}
function parseImport(text, file) {
    let doc;
    try {
        doc = parseJsonDoc(text, file);
    }
    catch (e) {
        if (e instanceof errors_ConfigError)
            throw new errors_ConfigError(`not valid JSON: ${e.message} (imports read JSON exports: NetBox, aws ec2 describe-vpcs, terraform output -json)`, e.pos);
        throw e;
    }
    const format = detectImportFormat(doc.root);
    if (!format) {
        const found = doc.root?.kind === 'object' && doc.root.entries.length > 0
            ? `an object with the keys ${doc.root.entries.slice(0, 6).map((e) => e.key).join(', ')}${doc.root.entries.length > 6 ? ', …' : ''}`
            : describeKind(doc.root);
        throw new errors_ConfigError(`not a format subnet-guard imports: expected a NetBox /api/ipam/prefixes/ export ({"results": [{"prefix": …}]}), ` +
            `the output of aws ec2 describe-vpcs ({"Vpcs": […]}) or of terraform output -json ({"name": {"value": …}}); found ${found}`, { file, line: 1, column: 1 });
    }
    const source = `import:${file}`;
    let ranges;
    switch (format) {
        case 'netbox':
            ranges = fromNetbox(doc, source);
            break;
        case 'aws-describe-vpcs':
            ranges = fromAws(doc, source);
            break;
        case 'terraform-output':
            ranges = fromTerraform(doc, source);
            break;
    }
    if (ranges.length === 0) {
        const what = {
            netbox: 'the NetBox export lists no prefix (deprecated ones are skipped)',
            'aws-describe-vpcs': 'the describe-vpcs output lists no associated CIDR block',
            'terraform-output': 'no terraform output holds a CIDR prefix',
        };
        throw new errors_ConfigError(`${what[format]}; an import that reserves nothing is refused (wrong file or account?)`, { file, line: 1, column: 1 });
    }
    return { format, ranges };
}
/** Which export a document is, from its shape; undefined when it is none of them. */
function detectImportFormat(root) {
    if (!root)
        return undefined;
    if (root.kind === 'array')
        return root.items.length > 0 && root.items.every(isNetboxPrefix) ? 'netbox' : undefined;
    if (root.kind !== 'object')
        return undefined;
    const results = json_positions_valueOf(root, 'results');
    if (results?.kind === 'array' && (results.items.length === 0 ? json_positions_valueOf(root, 'count') !== undefined : results.items.some(isNetboxPrefix))) {
        return 'netbox';
    }
    if (json_positions_valueOf(root, 'Vpcs')?.kind === 'array')
        return 'aws-describe-vpcs';
    if (root.entries.length > 0 &&
        root.entries.every((e) => e.value.kind === 'object' && entryOf(e.value, 'value') !== undefined && (entryOf(e.value, 'type') !== undefined || entryOf(e.value, 'sensitive') !== undefined))) {
        return 'terraform-output';
    }
    return undefined;
}
function isNetboxPrefix(n) {
    return n.kind === 'object' && json_positions_valueOf(n, 'prefix')?.kind === 'string';
}
// ---------------------------------------------------------------------------------------------
function importers_str(n) {
    return n?.kind === 'string' && n.value.trim() !== '' ? n.value.trim() : undefined;
}
function importers_field(n, ...path) {
    let cur = n;
    for (const k of path)
        cur = cur?.kind === 'object' ? json_positions_valueOf(cur, k) : undefined;
    return cur;
}
/** A CIDR from an export (strict: the export says it is a prefix). */
function prefixAt(doc, node, where, owner) {
    if (node?.kind !== 'string')
        throw doc.error(`${where} must be a CIDR prefix string, found ${describeKind(node)}`, node ?? owner);
    const p = parsePrefix(node.value);
    if ('error' in p)
        throw doc.error(`${where}: ${p.error}`, node);
    return p.prefix;
}
function fromNetbox(doc, source) {
    const root = doc.root;
    let items;
    if (root.kind === 'array')
        items = root;
    else {
        const obj = root;
        items = json_positions_valueOf(obj, 'results');
        const next = json_positions_valueOf(obj, 'next');
        if (next?.kind === 'string' && next.value !== '') {
            const count = json_positions_valueOf(obj, 'count');
            const total = count?.kind === 'number' ? ` of ${count.raw}` : '';
            throw doc.error(`this NetBox export is one page (${items.items.length}${total} prefixes; "next" is set): the other pages' ranges would be missing. ` +
                `Export every prefix (…/api/ipam/prefixes/?limit=0, up to NetBox's MAX_PAGE_SIZE) or merge all pages' "results" into one JSON array`, next);
        }
    }
    const out = [];
    items.items.forEach((item, i) => {
        if (item.kind !== 'object')
            throw doc.error(`results[${i}] must be a NetBox prefix object, found ${describeKind(item)}`, item);
        const status = importers_str(importers_field(item, 'status', 'value')) ?? importers_str(importers_field(item, 'status'));
        if (status === 'deprecated')
            return;
        const prefixNode = json_positions_valueOf(item, 'prefix');
        const p = prefixAt(doc, prefixNode, `results[${i}].prefix`, item);
        const cidr = formatPrefix(p);
        const vid = importers_field(item, 'vlan', 'vid');
        const vlanName = importers_str(importers_field(item, 'vlan', 'name')) ?? importers_str(importers_field(item, 'vlan', 'display'));
        const vlan = vlanName ? `VLAN ${vid?.kind === 'number' ? `${vid.raw} ` : ''}${vlanName}` : undefined;
        const role = importers_str(importers_field(item, 'role', 'name')) ?? importers_str(importers_field(item, 'role', 'display'));
        const vrf = importers_str(importers_field(item, 'vrf', 'name')) ?? importers_str(importers_field(item, 'vrf', 'display'));
        const id = importers_field(item, 'id');
        let name = importers_str(json_positions_valueOf(item, 'description')) ?? vlan ?? role ?? `NetBox prefix ${cidr}${id?.kind === 'number' ? ` (#${id.raw})` : ''}`;
        if (vrf)
            name += ` [VRF ${vrf}]`;
        out.push({ cidr, name, pos: doc.pos(prefixNode), source });
    });
    return out;
}
const GONE = new Set(['disassociating', 'disassociated', 'failing', 'failed']);
function fromAws(doc, source) {
    const vpcs = json_positions_valueOf(doc.root, 'Vpcs');
    const out = [];
    vpcs.items.forEach((vpc, i) => {
        if (vpc.kind !== 'object')
            throw doc.error(`Vpcs[${i}] must be a VPC object, found ${describeKind(vpc)}`, vpc);
        const id = importers_str(json_positions_valueOf(vpc, 'VpcId')) ?? `Vpcs[${i}]`;
        let tagName;
        const tags = json_positions_valueOf(vpc, 'Tags');
        if (tags?.kind === 'array') {
            for (const t of tags.items)
                if (importers_str(importers_field(t, 'Key')) === 'Name')
                    tagName = importers_str(importers_field(t, 'Value'));
        }
        const isDefault = importers_field(vpc, 'IsDefault');
        const label = `${tagName ? `${tagName} (${id})` : id}${isDefault?.kind === 'boolean' && isDefault.value ? ', default VPC' : ''}`;
        const add = (node, where, owner) => {
            const p = prefixAt(doc, node, where, owner);
            out.push({ cidr: formatPrefix(p), name: label, pos: doc.pos(node), source });
        };
        const v4 = json_positions_valueOf(vpc, 'CidrBlockAssociationSet');
        if (v4?.kind === 'array' && v4.items.length > 0) {
            v4.items.forEach((a, j) => {
                if (GONE.has(importers_str(importers_field(a, 'CidrBlockState', 'State')) ?? ''))
                    return;
                add(importers_field(a, 'CidrBlock'), `Vpcs[${i}].CidrBlockAssociationSet[${j}].CidrBlock`, a);
            });
        }
        else if (json_positions_valueOf(vpc, 'CidrBlock')) {
            add(json_positions_valueOf(vpc, 'CidrBlock'), `Vpcs[${i}].CidrBlock`, vpc);
        }
        const v6 = json_positions_valueOf(vpc, 'Ipv6CidrBlockAssociationSet');
        if (v6?.kind === 'array') {
            v6.items.forEach((a, j) => {
                if (GONE.has(importers_str(importers_field(a, 'Ipv6CidrBlockState', 'State')) ?? ''))
                    return;
                add(importers_field(a, 'Ipv6CidrBlock'), `Vpcs[${i}].Ipv6CidrBlockAssociationSet[${j}].Ipv6CidrBlock`, a);
            });
        }
    });
    return out;
}
function fromTerraform(doc, source) {
    const out = [];
    const walk = (n, name) => {
        switch (n.kind) {
            case 'string': {
                const text = n.value.trim();
                if (!text.includes('/'))
                    return;
                const p = parsePrefix(text);
                if ('error' in p || p.prefix.bits === 0)
                    return;
                out.push({ cidr: formatPrefix(p.prefix), name, pos: doc.pos(n), source });
                return;
            }
            case 'array':
                n.items.forEach((it, i) => walk(it, `${name}[${i}]`));
                return;
            case 'object':
                for (const e of n.entries)
                    walk(e.value, /^[A-Za-z_][A-Za-z0-9_-]*$/.test(e.key) ? `${name}.${e.key}` : `${name}[${JSON.stringify(e.key)}]`);
                return;
            default:
                return;
        }
    };
    for (const e of doc.root.entries)
        walk(json_positions_valueOf(e.value, 'value'), e.key);
    return out;
}

;// CONCATENATED MODULE: ./src/load/inventory-validate.generated.ts
// @ts-nocheck
// GENERATED from src/load/inventory-schema.ts by test/load/inventory-validator.test.ts with ajv
// (standalone code). Do not edit: run `UPDATE_VALIDATOR=1 npx vitest run test/load/inventory-validator.test.ts`.
const validateInventoryShape = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "subnet-guard network inventory", "description": "Networks a Docker bridge must never cover, and the hosts the compose projects run on. Paths are relative to the folder of this file and must stay inside the repository.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "The JSON Schema this file follows (for editors)." }, "version": { "description": "Format version of this file. subnet-guard reads version 1.", "const": 1 }, "reserved": { "description": "Networks a Docker network must never overlap: peered VPCs, cloud databases, VPNs, the office LAN.", "type": "array", "items": { "$ref": "#/definitions/reserved" } }, "hosts": { "description": "The Docker hosts and what runs on them. Without it: one host named \"local\", Engine version unknown (both allocator models are checked), running every compose project found.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/host" } }, "cycles": { "description": "How many `compose down` + `up` redeploys to simulate (the CLI --cycles flag overrides it).", "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "cgnat-is-private": { "description": "Count 100.64.0.0/10 (RFC 6598 shared address space, used by carrier-grade NAT and Tailscale) as private address space, so pools and subnets there are not reported as public ranges. Default: false.", "type": "boolean", "default": false } }, "definitions": { "reserved": { "title": "reserved range", "description": "One range (cidr), a named set of well-known defaults (preset), or ranges read from an export (import).", "type": "object", "additionalProperties": false, "properties": { "cidr": { "type": "string", "pattern": "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", "patternErrorMessage": "is not a CIDR prefix such as 10.0.0.0/24 or fd00::/64", "description": "The reserved range, e.g. 172.31.0.0/16 (a bare address means that one address)." }, "name": { "type": "string", "description": "What the range is, shown in findings (\"ops VPC (peered, bastion SSH)\"). With preset or import it prefixes each range's name." }, "preset": { "description": "Well-known default ranges: aws-default-vpc (AWS default VPC and its Amazon DNS resolver (VPC base + 2)); aws-eks (EKS service CIDRs chosen when none is given (10.100.0.0/16, or 172.20.0.0/16 when the VPC is in 10.0.0.0/8)); gcp-auto-mode (GCP auto mode VPC: one subnet per region, all inside 10.128.0.0/9); azure-aks (AKS defaults: service CIDR, kubenet / CNI overlay pod CIDR); alibaba-cloud (Alibaba Cloud internal services (instance metadata 100.100.100.200, DNS 100.100.2.136/138)); kubeadm (kubeadm: default service CIDR and the pod CIDR of its documented Flannel set-up); flannel (Flannel default pod network); calico (Calico default IPv4 pool (covers every 192.168.x.0/20 pool Docker uses by default)); kind (kind: default pod and service subnets (IPv4 and IPv6)); k3s (k3s: default cluster (pod) and service CIDRs); minikube (minikube: service and pod CIDRs, the docker-driver network and the VirtualBox host-only network); microk8s (MicroK8s: default pod (Calico) and service CIDRs); kubernetes (the defaults of kubeadm, kind, k3s and minikube together); docker-desktop (Docker Desktop's internal VM network); swarm-ingress (the swarm routing-mesh network \"ingress\"); podman (Podman's default network \"podman\"); libvirt (libvirt's \"default\" NAT network (virbr0)); virtualbox (VirtualBox NAT and the first host-only network); tailscale (Tailscale addresses: CGNAT 100.64.0.0/10 and its IPv6 ULA); openvpn (OpenVPN sample server configuration (\"server 10.8.0.0 255.255.255.0\"), also PiVPN's OpenVPN default); openvpn-access-server (OpenVPN Access Server default dynamic client network); wireguard (common WireGuard defaults: linuxserver/wireguard, wg-easy, PiVPN); vpn (all VPN presets: tailscale, openvpn, openvpn-access-server, wireguard).", "enum": ["aws-default-vpc", "aws-eks", "gcp-auto-mode", "azure-aks", "alibaba-cloud", "kubeadm", "flannel", "calico", "kind", "k3s", "minikube", "microk8s", "kubernetes", "docker-desktop", "swarm-ingress", "podman", "libvirt", "virtualbox", "tailscale", "openvpn", "openvpn-access-server", "wireguard", "vpn"] }, "import": { "type": "string", "minLength": 1, "description": "A JSON export to read ranges from: NetBox /api/ipam/prefixes/ (all pages), `aws ec2 describe-vpcs`, or `terraform output -json` (every output value that is a CIDR)." } }, "oneOf": [{ "required": ["cidr"] }, { "required": ["preset"] }, { "required": ["import"] }], "errorMessage": "needs exactly one of \"cidr\", \"preset\" or \"import\"" }, "host": { "title": "host", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "The host's name, unique in this file." }, "engine": { "description": "Docker Engine version on this host (\"26.1\", \"20.10.24\", \"27.3.1\"): ≤ 26 walks the pools round-robin, ≥ 27 takes the first free one. \"unknown\" (the default) checks both.", "type": ["string", "number"], "pattern": "^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$", "patternErrorMessage": "is not a Docker Engine version such as \"26.1\" or \"27.3.1\" (or \"unknown\")", "default": "unknown" }, "daemon": { "type": "string", "minLength": 1, "description": "This host's daemon.json. Default: the repository's only daemon.json, if there is exactly one." }, "routes": { "description": "On-link routes of the host (`ip route show scope link`). Docker skips these by itself; routes via a gateway belong in reserved.", "type": "array", "items": { "type": "string", "pattern": "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", "patternErrorMessage": "is not a CIDR prefix such as 10.0.0.0/24 or fd00::/64" } }, "nameservers": { "description": "The host's resolv.conf nameservers. Docker skips pools that contain one.", "type": "array", "items": { "type": "string", "pattern": "^\\s*[0-9A-Fa-f.:]+\\s*$", "patternErrorMessage": "is not an IP address such as 10.0.0.2 or fd00::53" } }, "underlay-mtu": { "description": "The MTU of the host's own network path (VXLAN 1450, GRE 1458, Geneve 1442, WireGuard 1420). Networks with a larger MTU break large packets.", "type": "integer", "minimum": 68, "maximum": 65535 }, "restart-every": { "description": "The daemon restarts after every K-th redeploy (before redeploy K+1, 2K+1, …); 0 means never.", "type": "integer", "minimum": 0, "default": 0 }, "projects": { "description": "Compose projects on this host, in the order they are brought up. Without it: every project found in the repository, all redeployed.", "type": "array", "items": { "$ref": "#/definitions/project" } }, "env": { "description": "Variables for compose interpolation on this host (like the shell environment of `docker compose up`).", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "is not a variable name (letters, digits, _; not starting with a digit)" }, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "env-file": { "type": "string", "minLength": 1, "description": "A .env file with variables for compose interpolation on this host." } } }, "project": { "title": "project", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "A directory (the default compose file names are looked up in it) or the list of compose files, in -f order.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "lifecycle": { "description": "persistent: up once when the host boots, never taken down (a reverse proxy). cycling: `down` + `up` on every redeploy (the default).", "enum": ["persistent", "cycling"], "default": "cycling" }, "profiles": { "description": "Compose profiles enabled for this project (--profile).", "type": "array", "items": { "type": "string", "minLength": 1 } } } } } };
const schema12 = { "title": "reserved range", "description": "One range (cidr), a named set of well-known defaults (preset), or ranges read from an export (import).", "type": "object", "additionalProperties": false, "properties": { "cidr": { "type": "string", "pattern": "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", "patternErrorMessage": "is not a CIDR prefix such as 10.0.0.0/24 or fd00::/64", "description": "The reserved range, e.g. 172.31.0.0/16 (a bare address means that one address)." }, "name": { "type": "string", "description": "What the range is, shown in findings (\"ops VPC (peered, bastion SSH)\"). With preset or import it prefixes each range's name." }, "preset": { "description": "Well-known default ranges: aws-default-vpc (AWS default VPC and its Amazon DNS resolver (VPC base + 2)); aws-eks (EKS service CIDRs chosen when none is given (10.100.0.0/16, or 172.20.0.0/16 when the VPC is in 10.0.0.0/8)); gcp-auto-mode (GCP auto mode VPC: one subnet per region, all inside 10.128.0.0/9); azure-aks (AKS defaults: service CIDR, kubenet / CNI overlay pod CIDR); alibaba-cloud (Alibaba Cloud internal services (instance metadata 100.100.100.200, DNS 100.100.2.136/138)); kubeadm (kubeadm: default service CIDR and the pod CIDR of its documented Flannel set-up); flannel (Flannel default pod network); calico (Calico default IPv4 pool (covers every 192.168.x.0/20 pool Docker uses by default)); kind (kind: default pod and service subnets (IPv4 and IPv6)); k3s (k3s: default cluster (pod) and service CIDRs); minikube (minikube: service and pod CIDRs, the docker-driver network and the VirtualBox host-only network); microk8s (MicroK8s: default pod (Calico) and service CIDRs); kubernetes (the defaults of kubeadm, kind, k3s and minikube together); docker-desktop (Docker Desktop's internal VM network); swarm-ingress (the swarm routing-mesh network \"ingress\"); podman (Podman's default network \"podman\"); libvirt (libvirt's \"default\" NAT network (virbr0)); virtualbox (VirtualBox NAT and the first host-only network); tailscale (Tailscale addresses: CGNAT 100.64.0.0/10 and its IPv6 ULA); openvpn (OpenVPN sample server configuration (\"server 10.8.0.0 255.255.255.0\"), also PiVPN's OpenVPN default); openvpn-access-server (OpenVPN Access Server default dynamic client network); wireguard (common WireGuard defaults: linuxserver/wireguard, wg-easy, PiVPN); vpn (all VPN presets: tailscale, openvpn, openvpn-access-server, wireguard).", "enum": ["aws-default-vpc", "aws-eks", "gcp-auto-mode", "azure-aks", "alibaba-cloud", "kubeadm", "flannel", "calico", "kind", "k3s", "minikube", "microk8s", "kubernetes", "docker-desktop", "swarm-ingress", "podman", "libvirt", "virtualbox", "tailscale", "openvpn", "openvpn-access-server", "wireguard", "vpn"] }, "import": { "type": "string", "minLength": 1, "description": "A JSON export to read ranges from: NetBox /api/ipam/prefixes/ (all pages), `aws ec2 describe-vpcs`, or `terraform output -json` (every output value that is a CIDR)." } }, "oneOf": [{ "required": ["cidr"] }, { "required": ["preset"] }, { "required": ["import"] }], "errorMessage": "needs exactly one of \"cidr\", \"preset\" or \"import\"" };
const pattern0 = new RegExp("^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", "u");
const func2 = ((s) => { let n = 0; for (const _ of s)
    n++; return n; });
const schema13 = { "title": "host", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "The host's name, unique in this file." }, "engine": { "description": "Docker Engine version on this host (\"26.1\", \"20.10.24\", \"27.3.1\"): ≤ 26 walks the pools round-robin, ≥ 27 takes the first free one. \"unknown\" (the default) checks both.", "type": ["string", "number"], "pattern": "^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$", "patternErrorMessage": "is not a Docker Engine version such as \"26.1\" or \"27.3.1\" (or \"unknown\")", "default": "unknown" }, "daemon": { "type": "string", "minLength": 1, "description": "This host's daemon.json. Default: the repository's only daemon.json, if there is exactly one." }, "routes": { "description": "On-link routes of the host (`ip route show scope link`). Docker skips these by itself; routes via a gateway belong in reserved.", "type": "array", "items": { "type": "string", "pattern": "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", "patternErrorMessage": "is not a CIDR prefix such as 10.0.0.0/24 or fd00::/64" } }, "nameservers": { "description": "The host's resolv.conf nameservers. Docker skips pools that contain one.", "type": "array", "items": { "type": "string", "pattern": "^\\s*[0-9A-Fa-f.:]+\\s*$", "patternErrorMessage": "is not an IP address such as 10.0.0.2 or fd00::53" } }, "underlay-mtu": { "description": "The MTU of the host's own network path (VXLAN 1450, GRE 1458, Geneve 1442, WireGuard 1420). Networks with a larger MTU break large packets.", "type": "integer", "minimum": 68, "maximum": 65535 }, "restart-every": { "description": "The daemon restarts after every K-th redeploy (before redeploy K+1, 2K+1, …); 0 means never.", "type": "integer", "minimum": 0, "default": 0 }, "projects": { "description": "Compose projects on this host, in the order they are brought up. Without it: every project found in the repository, all redeployed.", "type": "array", "items": { "$ref": "#/definitions/project" } }, "env": { "description": "Variables for compose interpolation on this host (like the shell environment of `docker compose up`).", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "patternErrorMessage": "is not a variable name (letters, digits, _; not starting with a digit)" }, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "env-file": { "type": "string", "minLength": 1, "description": "A .env file with variables for compose interpolation on this host." } } };
const schema14 = { "title": "project", "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "A directory (the default compose file names are looked up in it) or the list of compose files, in -f order.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "lifecycle": { "description": "persistent: up once when the host boots, never taken down (a reverse proxy). cycling: `down` + `up` on every redeploy (the default).", "enum": ["persistent", "cycling"], "default": "cycling" }, "profiles": { "description": "Compose profiles enabled for this project (--profile).", "type": "array", "items": { "type": "string", "minLength": 1 } } } };
const func3 = Object.prototype.hasOwnProperty;
const pattern1 = new RegExp("^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$", "u");
const pattern3 = new RegExp("^\\s*[0-9A-Fa-f.:]+\\s*$", "u");
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func3.call(schema13.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.name.type, parentSchema: schema13.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.engine !== undefined) {
        let data1 = data.engine;
        if ((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) {
            const err4 = { instancePath: instancePath + "/engine", schemaPath: "#/properties/engine/type", keyword: "type", params: { type: schema13.properties.engine.type }, message: "must be string,number", schema: schema13.properties.engine.type, parentSchema: schema13.properties.engine, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
                const err5 = { instancePath: instancePath + "/engine", schemaPath: "#/properties/engine/pattern", keyword: "pattern", params: { pattern: "^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$" }, message: "must match pattern \"" + "^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$" + "\"", schema: "^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$", parentSchema: schema13.properties.engine, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    if (data.daemon !== undefined) {
        let data2 = data.daemon;
        if (typeof data2 === "string") {
            if (func2(data2) < 1) {
                const err6 = { instancePath: instancePath + "/daemon", schemaPath: "#/properties/daemon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.daemon, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/daemon", schemaPath: "#/properties/daemon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.daemon.type, parentSchema: schema13.properties.daemon, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.routes !== undefined) {
        let data3 = data.routes;
        if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (typeof data4 === "string") {
                    if (!pattern0.test(data4)) {
                        const err8 = { instancePath: instancePath + "/routes/" + i0, schemaPath: "#/properties/routes/items/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$" }, message: "must match pattern \"" + "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$" + "\"", schema: "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", parentSchema: schema13.properties.routes.items, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/routes/" + i0, schemaPath: "#/properties/routes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.routes.items.type, parentSchema: schema13.properties.routes.items, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/routes", schemaPath: "#/properties/routes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.routes.type, parentSchema: schema13.properties.routes, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.nameservers !== undefined) {
        let data5 = data.nameservers;
        if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                if (typeof data6 === "string") {
                    if (!pattern3.test(data6)) {
                        const err11 = { instancePath: instancePath + "/nameservers/" + i1, schemaPath: "#/properties/nameservers/items/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9A-Fa-f.:]+\\s*$" }, message: "must match pattern \"" + "^\\s*[0-9A-Fa-f.:]+\\s*$" + "\"", schema: "^\\s*[0-9A-Fa-f.:]+\\s*$", parentSchema: schema13.properties.nameservers.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/nameservers/" + i1, schemaPath: "#/properties/nameservers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.nameservers.items.type, parentSchema: schema13.properties.nameservers.items, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/nameservers", schemaPath: "#/properties/nameservers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.nameservers.type, parentSchema: schema13.properties.nameservers, data: data5 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data["underlay-mtu"] !== undefined) {
        let data7 = data["underlay-mtu"];
        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
            const err14 = { instancePath: instancePath + "/underlay-mtu", schemaPath: "#/properties/underlay-mtu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties["underlay-mtu"].type, parentSchema: schema13.properties["underlay-mtu"], data: data7 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if ((typeof data7 == "number") && (isFinite(data7))) {
            if (data7 > 65535 || isNaN(data7)) {
                const err15 = { instancePath: instancePath + "/underlay-mtu", schemaPath: "#/properties/underlay-mtu/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema13.properties["underlay-mtu"], data: data7 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if (data7 < 68 || isNaN(data7)) {
                const err16 = { instancePath: instancePath + "/underlay-mtu", schemaPath: "#/properties/underlay-mtu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 68 }, message: "must be >= 68", schema: 68, parentSchema: schema13.properties["underlay-mtu"], data: data7 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
    }
    if (data["restart-every"] !== undefined) {
        let data8 = data["restart-every"];
        if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
            const err17 = { instancePath: instancePath + "/restart-every", schemaPath: "#/properties/restart-every/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties["restart-every"].type, parentSchema: schema13.properties["restart-every"], data: data8 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if ((typeof data8 == "number") && (isFinite(data8))) {
            if (data8 < 0 || isNaN(data8)) {
                const err18 = { instancePath: instancePath + "/restart-every", schemaPath: "#/properties/restart-every/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.properties["restart-every"], data: data8 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    if (data.projects !== undefined) {
        let data9 = data.projects;
        if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data10 = data9[i2];
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.path === undefined) {
                        const err19 = { instancePath: instancePath + "/projects/" + i2, schemaPath: "#/definitions/project/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema14.required, parentSchema: schema14, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    for (const key1 in data10) {
                        if (!(((key1 === "path") || (key1 === "lifecycle")) || (key1 === "profiles"))) {
                            const err20 = { instancePath: instancePath + "/projects/" + i2, schemaPath: "#/definitions/project/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data10.path !== undefined) {
                        let data11 = data10.path;
                        if ((typeof data11 !== "string") && (!(Array.isArray(data11)))) {
                            const err21 = { instancePath: instancePath + "/projects/" + i2 + "/path", schemaPath: "#/definitions/project/properties/path/type", keyword: "type", params: { type: schema14.properties.path.type }, message: "must be string,array", schema: schema14.properties.path.type, parentSchema: schema14.properties.path, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        if (typeof data11 === "string") {
                            if (func2(data11) < 1) {
                                const err22 = { instancePath: instancePath + "/projects/" + i2 + "/path", schemaPath: "#/definitions/project/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.path, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (Array.isArray(data11)) {
                            if (data11.length < 1) {
                                const err23 = { instancePath: instancePath + "/projects/" + i2 + "/path", schemaPath: "#/definitions/project/properties/path/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.path, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            const len3 = data11.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data12 = data11[i3];
                                if (typeof data12 === "string") {
                                    if (func2(data12) < 1) {
                                        const err24 = { instancePath: instancePath + "/projects/" + i2 + "/path/" + i3, schemaPath: "#/definitions/project/properties/path/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.path.items, data: data12 };
                                        if (vErrors === null) {
                                            vErrors = [err24];
                                        }
                                        else {
                                            vErrors.push(err24);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err25 = { instancePath: instancePath + "/projects/" + i2 + "/path/" + i3, schemaPath: "#/definitions/project/properties/path/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.path.items.type, parentSchema: schema14.properties.path.items, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data10.lifecycle !== undefined) {
                        let data13 = data10.lifecycle;
                        if (!((data13 === "persistent") || (data13 === "cycling"))) {
                            const err26 = { instancePath: instancePath + "/projects/" + i2 + "/lifecycle", schemaPath: "#/definitions/project/properties/lifecycle/enum", keyword: "enum", params: { allowedValues: schema14.properties.lifecycle.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.lifecycle.enum, parentSchema: schema14.properties.lifecycle, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    if (data10.profiles !== undefined) {
                        let data14 = data10.profiles;
                        if (Array.isArray(data14)) {
                            const len4 = data14.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data15 = data14[i4];
                                if (typeof data15 === "string") {
                                    if (func2(data15) < 1) {
                                        const err27 = { instancePath: instancePath + "/projects/" + i2 + "/profiles/" + i4, schemaPath: "#/definitions/project/properties/profiles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.profiles.items, data: data15 };
                                        if (vErrors === null) {
                                            vErrors = [err27];
                                        }
                                        else {
                                            vErrors.push(err27);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err28 = { instancePath: instancePath + "/projects/" + i2 + "/profiles/" + i4, schemaPath: "#/definitions/project/properties/profiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.profiles.items.type, parentSchema: schema14.properties.profiles.items, data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err29 = { instancePath: instancePath + "/projects/" + i2 + "/profiles", schemaPath: "#/definitions/project/properties/profiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.profiles.type, parentSchema: schema14.properties.profiles, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err30 = { instancePath: instancePath + "/projects/" + i2, schemaPath: "#/definitions/project/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.projects.type, parentSchema: schema13.properties.projects, data: data9 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.env !== undefined) {
        let data16 = data.env;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key2 in data16) {
                const _errs40 = errors;
                if (typeof key2 === "string") {
                    if (!pattern4.test(key2)) {
                        const err32 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema13.properties.env.propertyNames, data: key2, propertyName: key2 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                var valid13 = _errs40 === errors;
                if (!valid13) {
                    const err33 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema13.properties.env.propertyNames, parentSchema: schema13.properties.env, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
            for (const key3 in data16) {
                let data17 = data16[key3];
                if (((typeof data17 !== "string") && (!((typeof data17 == "number") && (isFinite(data17))))) && (typeof data17 !== "boolean")) {
                    const err34 = { instancePath: instancePath + "/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/env/additionalProperties/type", keyword: "type", params: { type: schema13.properties.env.additionalProperties.type }, message: "must be string,number,boolean", schema: schema13.properties.env.additionalProperties.type, parentSchema: schema13.properties.env.additionalProperties, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.env.type, parentSchema: schema13.properties.env, data: data16 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data["env-file"] !== undefined) {
        let data18 = data["env-file"];
        if (typeof data18 === "string") {
            if (func2(data18) < 1) {
                const err36 = { instancePath: instancePath + "/env-file", schemaPath: "#/properties/env-file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties["env-file"], data: data18 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/env-file", schemaPath: "#/properties/env-file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties["env-file"].type, parentSchema: schema13.properties["env-file"], data: data18 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
}
else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err38];
    }
    else {
        vErrors.push(err38);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((key0 === "$schema") || (key0 === "version")) || (key0 === "reserved")) || (key0 === "hosts")) || (key0 === "cycles")) || (key0 === "cgnat-is-private"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (1 !== data1) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.reserved !== undefined) {
        let data2 = data.reserved;
        if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                const _errs10 = errors;
                let valid4 = false;
                let passing0 = null;
                const _errs11 = errors;
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.cidr === undefined) {
                        const err3 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/definitions/reserved/oneOf/0/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property '" + "cidr" + "'", schema: schema12.oneOf[0].required, parentSchema: schema12.oneOf[0], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs11 === errors;
                if (_valid0) {
                    valid4 = true;
                    passing0 = 0;
                }
                const _errs12 = errors;
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.preset === undefined) {
                        const err4 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/definitions/reserved/oneOf/1/required", keyword: "required", params: { missingProperty: "preset" }, message: "must have required property '" + "preset" + "'", schema: schema12.oneOf[1].required, parentSchema: schema12.oneOf[1], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs12 === errors;
                if (_valid0 && valid4) {
                    valid4 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid4 = true;
                        passing0 = 1;
                    }
                    const _errs13 = errors;
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.import === undefined) {
                            const err5 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/definitions/reserved/oneOf/2/required", keyword: "required", params: { missingProperty: "import" }, message: "must have required property '" + "import" + "'", schema: schema12.oneOf[2].required, parentSchema: schema12.oneOf[2], data: data3 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs13 === errors;
                    if (_valid0 && valid4) {
                        valid4 = false;
                        passing0 = [passing0, 2];
                    }
                    else {
                        if (_valid0) {
                            valid4 = true;
                            passing0 = 2;
                        }
                    }
                }
                if (!valid4) {
                    const err6 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/definitions/reserved/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema12.oneOf, parentSchema: schema12, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                else {
                    errors = _errs10;
                    if (vErrors !== null) {
                        if (_errs10) {
                            vErrors.length = _errs10;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key1 in data3) {
                        if (!((((key1 === "cidr") || (key1 === "name")) || (key1 === "preset")) || (key1 === "import"))) {
                            const err7 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/definitions/reserved/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data3.cidr !== undefined) {
                        let data4 = data3.cidr;
                        if (typeof data4 === "string") {
                            if (!pattern0.test(data4)) {
                                const err8 = { instancePath: instancePath + "/reserved/" + i0 + "/cidr", schemaPath: "#/definitions/reserved/properties/cidr/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$" }, message: "must match pattern \"" + "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$" + "\"", schema: "^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$", parentSchema: schema12.properties.cidr, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err9 = { instancePath: instancePath + "/reserved/" + i0 + "/cidr", schemaPath: "#/definitions/reserved/properties/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.cidr.type, parentSchema: schema12.properties.cidr, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data3.name !== undefined) {
                        let data5 = data3.name;
                        if (typeof data5 !== "string") {
                            const err10 = { instancePath: instancePath + "/reserved/" + i0 + "/name", schemaPath: "#/definitions/reserved/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data3.preset !== undefined) {
                        let data6 = data3.preset;
                        if (!(((((((((((((((((((((((data6 === "aws-default-vpc") || (data6 === "aws-eks")) || (data6 === "gcp-auto-mode")) || (data6 === "azure-aks")) || (data6 === "alibaba-cloud")) || (data6 === "kubeadm")) || (data6 === "flannel")) || (data6 === "calico")) || (data6 === "kind")) || (data6 === "k3s")) || (data6 === "minikube")) || (data6 === "microk8s")) || (data6 === "kubernetes")) || (data6 === "docker-desktop")) || (data6 === "swarm-ingress")) || (data6 === "podman")) || (data6 === "libvirt")) || (data6 === "virtualbox")) || (data6 === "tailscale")) || (data6 === "openvpn")) || (data6 === "openvpn-access-server")) || (data6 === "wireguard")) || (data6 === "vpn"))) {
                            const err11 = { instancePath: instancePath + "/reserved/" + i0 + "/preset", schemaPath: "#/definitions/reserved/properties/preset/enum", keyword: "enum", params: { allowedValues: schema12.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.preset.enum, parentSchema: schema12.properties.preset, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data3.import !== undefined) {
                        let data7 = data3.import;
                        if (typeof data7 === "string") {
                            if (func2(data7) < 1) {
                                const err12 = { instancePath: instancePath + "/reserved/" + i0 + "/import", schemaPath: "#/definitions/reserved/properties/import/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.import, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err13 = { instancePath: instancePath + "/reserved/" + i0 + "/import", schemaPath: "#/definitions/reserved/properties/import/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.import.type, parentSchema: schema12.properties.import, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err14 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/definitions/reserved/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/reserved", schemaPath: "#/properties/reserved/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.reserved.type, parentSchema: schema11.properties.reserved, data: data2 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.hosts !== undefined) {
        let data8 = data.hosts;
        if (Array.isArray(data8)) {
            if (data8.length < 1) {
                const err16 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.hosts, data: data8 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate11(data8[i1], { instancePath: instancePath + "/hosts/" + i1, parentData: data8, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.hosts.type, parentSchema: schema11.properties.hosts, data: data8 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.cycles !== undefined) {
        let data10 = data.cycles;
        if (!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) {
            const err18 = { instancePath: instancePath + "/cycles", schemaPath: "#/properties/cycles/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.cycles.type, parentSchema: schema11.properties.cycles, data: data10 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if ((typeof data10 == "number") && (isFinite(data10))) {
            if (data10 > 9007199254740991 || isNaN(data10)) {
                const err19 = { instancePath: instancePath + "/cycles", schemaPath: "#/properties/cycles/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema11.properties.cycles, data: data10 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if (data10 < 1 || isNaN(data10)) {
                const err20 = { instancePath: instancePath + "/cycles", schemaPath: "#/properties/cycles/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.cycles, data: data10 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
    }
    if (data["cgnat-is-private"] !== undefined) {
        let data11 = data["cgnat-is-private"];
        if (typeof data11 !== "boolean") {
            const err21 = { instancePath: instancePath + "/cgnat-is-private", schemaPath: "#/properties/cgnat-is-private/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties["cgnat-is-private"].type, parentSchema: schema11.properties["cgnat-is-private"], data: data11 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
}
else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/load/presets.ts
// Named ranges for `reserved: - preset: NAME`: the defaults of clouds, Kubernetes distributions, VPNs and
// desktop VMs that a Docker bridge on the same host must not cover. Each range says where the default is
// documented. Only defaults that are fixed and documented are here; a team that changed them lists its own
// CIDRs instead.
const AWS_DEFAULT_VPC = 'https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html';
const AWS_DNS = 'https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html';
const AWS_EKS = 'https://docs.aws.amazon.com/eks/latest/userguide/create-cluster.html';
const GCP_SUBNETS = 'https://cloud.google.com/vpc/docs/subnets#ip-ranges';
const AKS_KUBENET = 'https://learn.microsoft.com/azure/aks/configure-kubenet';
const ALIBABA_METADATA = 'https://www.alibabacloud.com/help/en/ecs/user-guide/view-instance-metadata';
const KUBEADM_INIT = 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/';
const FLANNEL = 'https://github.com/flannel-io/flannel/blob/master/Documentation/kube-flannel.yml';
const CALICO = 'https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool';
const KIND_CONFIG = 'https://kind.sigs.k8s.io/docs/user/configuration/#pod-subnet';
const K3S_NETWORKING = 'https://docs.k3s.io/cli/server#networking';
const MINIKUBE_START = 'https://minikube.sigs.k8s.io/docs/commands/start/';
const MICROK8S_CIDR = 'https://microk8s.io/docs/change-cidr';
const DOCKER_DESKTOP = 'https://docs.docker.com/desktop/settings-and-maintenance/settings/#network';
const SWARM_NETWORKING = 'https://docs.docker.com/engine/swarm/networking/';
const TAILSCALE_100X = 'https://tailscale.com/kb/1015/100.x-addresses';
const TAILSCALE_IPV6 = 'https://tailscale.com/kb/1033/ip-and-dns-addresses';
const OPENVPN_SAMPLE = 'https://github.com/OpenVPN/openvpn/blob/master/sample/sample-config-files/server.conf';
const OPENVPN_AS = 'https://openvpn.net/as-docs/ (Access Server: VPN Settings, dynamic IP address network)';
const LSIO_WIREGUARD = 'https://github.com/linuxserver/docker-wireguard (INTERNAL_SUBNET default)';
const WG_EASY = 'https://github.com/wg-easy/wg-easy (WG_DEFAULT_ADDRESS default)';
const PIVPN = 'https://docs.pivpn.io/ (WireGuard default network)';
const PODMAN = 'https://github.com/containers/common/blob/main/docs/containers.conf.5.md (default_subnet)';
const LIBVIRT = 'https://wiki.libvirt.org/Networking.html (the "default" NAT network, virbr0)';
const VIRTUALBOX = 'https://www.virtualbox.org/manual/ch06.html (NAT 10.0.2.0/24, host-only 192.168.56.0/24)';
const PRESET_LIST = [
    // ---- clouds
    {
        name: 'aws-default-vpc',
        description: 'AWS default VPC and its Amazon DNS resolver (VPC base + 2)',
        ranges: [
            // "Default VPCs … IPv4 CIDR block of 172.31.0.0/16"
            { cidr: '172.31.0.0/16', name: 'AWS default VPC', source: AWS_DEFAULT_VPC },
            // "the reserved IP address at the base of the VPC IPv4 network range plus two"
            { cidr: '172.31.0.2/32', name: 'AWS default VPC DNS resolver (VPC base + 2)', source: AWS_DNS },
        ],
    },
    {
        name: 'aws-eks',
        description: 'EKS service CIDRs chosen when none is given (10.100.0.0/16, or 172.20.0.0/16 when the VPC is in 10.0.0.0/8)',
        ranges: [
            { cidr: '10.100.0.0/16', name: 'EKS default service CIDR', source: AWS_EKS },
            { cidr: '172.20.0.0/16', name: 'EKS default service CIDR (VPC in 10.0.0.0/8)', source: AWS_EKS },
        ],
    },
    {
        name: 'gcp-auto-mode',
        description: 'GCP auto mode VPC: one subnet per region, all inside 10.128.0.0/9',
        ranges: [{ cidr: '10.128.0.0/9', name: 'GCP auto mode VPC subnets', source: GCP_SUBNETS }],
    },
    {
        name: 'azure-aks',
        description: 'AKS defaults: service CIDR, kubenet / CNI overlay pod CIDR',
        ranges: [
            { cidr: '10.0.0.0/16', name: 'AKS default service CIDR (DNS service 10.0.0.10)', source: AKS_KUBENET },
            { cidr: '10.244.0.0/16', name: 'AKS default pod CIDR (kubenet, Azure CNI overlay)', source: AKS_KUBENET },
            // AKS's docker-bridge-cidr (172.17.0.0/16) is left out on purpose: it is node-local, never routed
            // to other hosts, and equal to docker0's own default, so reserving it would flag every host at start
        ],
    },
    {
        name: 'alibaba-cloud',
        description: 'Alibaba Cloud internal services (instance metadata 100.100.100.200, DNS 100.100.2.136/138)',
        ranges: [{ cidr: '100.100.0.0/16', name: 'Alibaba Cloud internal services', source: ALIBABA_METADATA }],
    },
    // ---- Kubernetes
    {
        name: 'kubeadm',
        description: 'kubeadm: default service CIDR and the pod CIDR of its documented Flannel set-up',
        ranges: [
            // kubeadm init --service-cidr, default "10.96.0.0/12"
            { cidr: '10.96.0.0/12', name: 'kubeadm default service CIDR', source: KUBEADM_INIT },
            // kubeadm has no pod default; --pod-network-cidr=10.244.0.0/16 is Flannel's default
            { cidr: '10.244.0.0/16', name: 'kubeadm pod CIDR (Flannel default)', source: FLANNEL },
        ],
    },
    {
        name: 'flannel',
        description: 'Flannel default pod network',
        ranges: [{ cidr: '10.244.0.0/16', name: 'Flannel default pod network', source: FLANNEL }],
    },
    {
        name: 'calico',
        description: 'Calico default IPv4 pool (covers every 192.168.x.0/20 pool Docker uses by default)',
        ranges: [{ cidr: '192.168.0.0/16', name: 'Calico default IPv4 pool', source: CALICO }],
    },
    {
        name: 'kind',
        description: 'kind: default pod and service subnets (IPv4 and IPv6)',
        ranges: [
            { cidr: '10.244.0.0/16', name: 'kind default pod subnet', source: KIND_CONFIG },
            { cidr: '10.96.0.0/16', name: 'kind default service subnet', source: KIND_CONFIG },
            { cidr: 'fd00:10:244::/56', name: 'kind default IPv6 pod subnet', source: KIND_CONFIG },
            { cidr: 'fd00:10:96::/112', name: 'kind default IPv6 service subnet', source: KIND_CONFIG },
        ],
    },
    {
        name: 'k3s',
        description: 'k3s: default cluster (pod) and service CIDRs',
        ranges: [
            { cidr: '10.42.0.0/16', name: 'k3s default cluster CIDR (pods)', source: K3S_NETWORKING },
            { cidr: '10.43.0.0/16', name: 'k3s default service CIDR (cluster DNS 10.43.0.10)', source: K3S_NETWORKING },
        ],
    },
    {
        name: 'minikube',
        description: 'minikube: service and pod CIDRs, the docker-driver network and the VirtualBox host-only network',
        ranges: [
            { cidr: '10.96.0.0/12', name: 'minikube default service CIDR', source: MINIKUBE_START },
            { cidr: '10.244.0.0/16', name: 'minikube default pod CIDR', source: MINIKUBE_START },
            // `minikube start --driver=docker` creates the "minikube" network 192.168.49.0/24 (node 192.168.49.2)
            { cidr: '192.168.49.0/24', name: 'minikube docker-driver network', source: MINIKUBE_START },
            // --host-only-cidr default "192.168.59.1/24" (virtualbox driver)
            { cidr: '192.168.59.0/24', name: 'minikube VirtualBox host-only network', source: MINIKUBE_START },
        ],
    },
    {
        name: 'microk8s',
        description: 'MicroK8s: default pod (Calico) and service CIDRs',
        ranges: [
            { cidr: '10.1.0.0/16', name: 'MicroK8s default pod CIDR', source: MICROK8S_CIDR },
            { cidr: '10.152.183.0/24', name: 'MicroK8s default service CIDR', source: MICROK8S_CIDR },
        ],
    },
    {
        name: 'kubernetes',
        description: 'the defaults of kubeadm, kind, k3s and minikube together',
        ranges: [],
        includes: ['kubeadm', 'kind', 'k3s', 'minikube'],
    },
    // ---- Docker and desktop VMs
    {
        name: 'docker-desktop',
        description: "Docker Desktop's internal VM network",
        ranges: [{ cidr: '192.168.65.0/24', name: 'Docker Desktop internal network', source: DOCKER_DESKTOP }],
    },
    {
        name: 'swarm-ingress',
        description: 'the swarm routing-mesh network "ingress"',
        ranges: [{ cidr: '10.0.0.0/24', name: 'Docker swarm ingress network', source: SWARM_NETWORKING }],
    },
    {
        name: 'podman',
        description: 'Podman\'s default network "podman"',
        ranges: [{ cidr: '10.88.0.0/16', name: 'Podman default network', source: PODMAN }],
    },
    {
        name: 'libvirt',
        description: 'libvirt\'s "default" NAT network (virbr0)',
        ranges: [{ cidr: '192.168.122.0/24', name: 'libvirt default network (virbr0)', source: LIBVIRT }],
    },
    {
        name: 'virtualbox',
        description: 'VirtualBox NAT and the first host-only network',
        ranges: [
            { cidr: '10.0.2.0/24', name: 'VirtualBox NAT network', source: VIRTUALBOX },
            { cidr: '192.168.56.0/24', name: 'VirtualBox host-only network', source: VIRTUALBOX },
        ],
    },
    // ---- VPNs
    {
        name: 'tailscale',
        description: 'Tailscale addresses: CGNAT 100.64.0.0/10 and its IPv6 ULA',
        ranges: [
            { cidr: '100.64.0.0/10', name: 'Tailscale IPv4 (CGNAT range)', source: TAILSCALE_100X },
            { cidr: 'fd7a:115c:a1e0::/48', name: 'Tailscale IPv6', source: TAILSCALE_IPV6 },
        ],
    },
    {
        name: 'openvpn',
        description: 'OpenVPN sample server configuration ("server 10.8.0.0 255.255.255.0"), also PiVPN\'s OpenVPN default',
        ranges: [{ cidr: '10.8.0.0/24', name: 'OpenVPN default client network', source: OPENVPN_SAMPLE }],
    },
    {
        name: 'openvpn-access-server',
        description: 'OpenVPN Access Server default dynamic client network',
        ranges: [{ cidr: '172.27.224.0/20', name: 'OpenVPN Access Server client network', source: OPENVPN_AS }],
    },
    {
        name: 'wireguard',
        description: 'common WireGuard defaults: linuxserver/wireguard, wg-easy, PiVPN',
        ranges: [
            { cidr: '10.13.13.0/24', name: 'linuxserver/wireguard default network', source: LSIO_WIREGUARD },
            { cidr: '10.8.0.0/24', name: 'wg-easy default network', source: WG_EASY },
            { cidr: '10.6.0.0/24', name: 'PiVPN WireGuard default network', source: PIVPN },
        ],
    },
    {
        name: 'vpn',
        description: 'all VPN presets: tailscale, openvpn, openvpn-access-server, wireguard',
        ranges: [],
        includes: ['tailscale', 'openvpn', 'openvpn-access-server', 'wireguard'],
    },
];
const PRESETS = new Map(PRESET_LIST.map((p) => [p.name, p]));
/** Every preset name, in the order above (clouds, Kubernetes, Docker and VMs, VPNs). */
function presetNames() {
    return PRESET_LIST.map((p) => p.name);
}
/**
 * The ranges a preset stands for (an umbrella preset gives the union of its parts, each CIDR once, its
 * names joined with " / "), or undefined for an unknown name.
 */
function expandPreset(name) {
    const p = PRESETS.get(name);
    if (!p)
        return undefined;
    const out = [];
    const seen = new Map();
    const add = (preset, depth) => {
        if (depth > 4)
            return;
        for (const r of preset.ranges) {
            const prev = seen.get(r.cidr);
            if (prev) {
                if (!prev.name.split(' / ').includes(r.name))
                    prev.name += ` / ${r.name}`;
                continue;
            }
            const copy = { ...r };
            seen.set(r.cidr, copy);
            out.push(copy);
        }
        for (const inc of preset.includes ?? []) {
            const sub = PRESETS.get(inc);
            if (sub)
                add(sub, depth + 1);
        }
    };
    add(p, 0);
    return out;
}
/** "unknown preset "x"; known presets: …" plus the closest name when there is one */
function unknownPresetMessage(name) {
    const names = presetNames();
    const close = names.find((n) => n.startsWith(name) || name.startsWith(n) || n.replace(/-/g, '') === name.replace(/[-_ ]/g, '').toLowerCase());
    return `unknown preset ${JSON.stringify(name)}${close ? ` — did you mean "${close}"?` : '.'} Known presets: ${names.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/load/inventory.ts








const DEFAULT_HOST_NAME = 'local';
const COMPOSE_NAMES = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);
/** No inventory file: one host running every project found, Engine unknown, nothing reserved. */
function defaultInventory() {
    return { reserved: [], hosts: [defaultHost()] };
}
function defaultHost() {
    return { name: DEFAULT_HOST_NAME, engine: { value: 'unknown' }, routes: [], nameservers: [], restartEvery: 0, env: {} };
}
/** 10 MiB holds ~400,000 reserved ranges; larger inventories are refused before parsing */
const MAX_INVENTORY_BYTES = 10 * 1024 * 1024;
function loadInventory(reader, file) {
    refuseLarge(reader, file, MAX_INVENTORY_BYTES, 'the inventory');
    const text = reader.read(file);
    const doc = /\.json$/i.test(file) ? parseJson(text, file) : parseYamlDoc(text, file);
    validate(doc);
    return new Builder(doc, reader).build();
}
function parseJson(text, file) {
    try {
        return parseJsonDoc(text, file);
    }
    catch (e) {
        if (e instanceof errors_ConfigError)
            throw new errors_ConfigError(`not valid JSON: ${e.message}`, e.pos);
        throw e;
    }
}
// ---------------------------------------------------------------------------------------------
// Schema validation
/**
 * The schema compiled ahead of time by ajv (src/load/inventory-validate.generated.ts, checked against a
 * fresh compile by test/load/inventory-validator.test.ts): no schema compile and no ajv at run time.
 */
const validator = validateInventoryShape;
/** Validates against the schema; the first problem (in file order) becomes a located ConfigError. */
function validate(doc) {
    const value = doc.root === undefined ? {} : toPlain(doc.root);
    const check = validator;
    if (check(value))
        return;
    const problems = explainAll(doc, check.errors ?? []);
    if (problems.length === 0)
        throw new errors_ConfigError('the inventory does not match its schema', { file: doc.file });
    problems.sort((a, b) => a.offset - b.offset || a.rank - b.rank);
    const first = problems[0];
    const more = new Set(problems.map((p) => p.message)).size - 1;
    const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} in this file)` : '';
    throw new errors_ConfigError(first.message + suffix, first.at ? doc.span(first.at) : { file: doc.file, line: 1, column: 1 });
}
const RANK = { additionalProperties: 0, type: 1, enum: 2, const: 2, pattern: 3, oneOf: 4, required: 5 };
function explainAll(doc, errors) {
    // errors inside a oneOf branch only say why that branch did not match; the oneOf error says it better
    const kept = errors.filter((e) => !/\/oneOf\/\d+\//.test(e.schemaPath) && !(e.keyword === 'pattern' && e.propertyName !== undefined));
    return kept.map((e) => explain(doc, e));
}
function typeName(t) {
    const names = {
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a mapping (key: value)',
        null: 'empty',
    };
    return names[t] ?? t;
}
/** "hosts[0].projects[1].path" for "/hosts/0/projects/1/path" */
function pointerLabel(pointer) {
    if (pointer === '')
        return 'the inventory';
    let out = '';
    for (const raw of pointer.split('/').slice(1)) {
        const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
    }
    return out;
}
function closest(word, options) {
    const lower = word.toLowerCase();
    if (lower.length >= 3) {
        const started = options.filter((o) => o.toLowerCase().startsWith(lower));
        if (started.length === 1)
            return started[0];
    }
    let best;
    let bestD = 3;
    for (const o of options) {
        const d = editDistance(word.toLowerCase(), o.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = o;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return row[b.length];
}
function explain(doc, e) {
    const { node, entry } = nodeAtPointer(doc.root, e.instancePath);
    const label = pointerLabel(e.instancePath);
    const parent = (e.parentSchema ?? {});
    const title = typeof parent.title === 'string' ? parent.title : undefined;
    const p = e.params;
    const at = (n) => (n ? ('keySpan' in n ? n.keySpan : n) : undefined);
    const make = (message, where = node) => {
        const span = at(where);
        return { message, at: span, offset: span?.start ?? 0, rank: RANK[e.keyword] ?? 9 };
    };
    const shown = node && node.kind !== 'object' && node.kind !== 'array' ? JSON.stringify(toPlain(node)) : describeKind(node);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const allowed = Object.keys((parent.properties ?? {}));
            const obj = node?.kind === 'object' ? node : undefined;
            const keyEntry = obj ? entryOf(obj, key) : undefined;
            const guess = closest(key, allowed);
            const where = label === 'the inventory' ? 'at the top level' : `in ${label}`;
            return make(`unknown key "${key}" ${where}${guess ? ` — did you mean "${guess}"?` : ''} (${title ? `a ${title} has` : 'allowed keys are'}: ${allowed.join(', ')})`, keyEntry ?? node);
        }
        case 'required': {
            const missing = String(p.missingProperty);
            return make(`${label} has no "${missing}"${title ? ` (every ${title} needs one)` : ''}`, entry ?? node);
        }
        case 'type': {
            const want = String(p.type).split(',').map(typeName).join(' or ');
            return make(`${label} must be ${want}, found ${describeKind(node)}`);
        }
        case 'enum': {
            const allowed = p.allowedValues.map((v) => String(v));
            if (e.instancePath.endsWith('/preset'))
                return make(`${label}: ${unknownPresetMessage(String(toPlain(node)))}`);
            const guess = node?.kind === 'string' ? closest(node.value, allowed) : undefined;
            return make(`${label}: ${shown} is not one of: ${allowed.join(', ')}${guess ? ` — did you mean "${guess}"?` : ''}`);
        }
        case 'const':
            if (e.instancePath === '/version') {
                return make(`version: this file says ${shown}; this subnet-guard reads inventory version ${String(p.allowedValue)}`);
            }
            return make(`${label} must be ${JSON.stringify(p.allowedValue)}, found ${shown}`);
        case 'pattern':
            return make(`${label}: ${shown} ${typeof parent.patternErrorMessage === 'string' ? parent.patternErrorMessage : `does not match ${String(p.pattern)}`}`);
        case 'propertyNames': {
            const name = String(p.propertyName);
            const obj = node?.kind === 'object' ? node : undefined;
            const keyEntry = obj ? entryOf(obj, name) : undefined;
            const msg = (parent.propertyNames ?? {}).patternErrorMessage;
            return make(`${label}: "${name}" ${typeof msg === 'string' ? msg : 'is not an allowed key'}`, keyEntry ?? node);
        }
        case 'oneOf':
            return make(`${label} ${typeof parent.errorMessage === 'string' ? parent.errorMessage : 'matches none or several of the allowed forms'}`);
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const cmp = e.keyword === 'minimum' ? 'at least' : e.keyword === 'maximum' ? 'at most' : e.keyword === 'exclusiveMinimum' ? 'more than' : 'less than';
            return make(`${label} must be ${cmp} ${String(p.limit)}, found ${node?.kind === 'number' ? node.raw : shown}`);
        }
        case 'minLength':
            return make(`${label} must not be empty`);
        case 'minItems':
            return make(e.instancePath === '/hosts'
                ? 'hosts must list at least one host (or leave "hosts" out: one host running every project found)'
                : `${label} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`);
        default:
            return make(`${label} ${e.message ?? 'is not valid'}`);
    }
}
// ---------------------------------------------------------------------------------------------
// Model
class Builder {
    doc;
    reader;
    dir;
    constructor(doc, reader) {
        this.doc = doc;
        this.reader = reader;
        this.dir = dirOf(doc.file);
    }
    build() {
        const doc = this.doc;
        const root = doc.root?.kind === 'object' ? doc.root : undefined;
        const inv = { file: doc.file, reserved: [], hosts: [] };
        if (!root) {
            inv.hosts.push(defaultHost());
            return inv;
        }
        const reserved = json_positions_valueOf(root, 'reserved');
        if (reserved?.kind === 'array')
            reserved.items.forEach((item, i) => this.reserved(item, i, inv.reserved));
        const hosts = json_positions_valueOf(root, 'hosts');
        if (hosts?.kind === 'array') {
            const seen = new Map();
            hosts.items.forEach((item, i) => {
                const h = this.host(item, i);
                const nameNode = json_positions_valueOf(item, 'name');
                const prev = seen.get(h.name);
                if (prev) {
                    throw doc.error(`hosts[${i}].name: duplicate host name "${h.name}" (already used on line ${doc.pos(prev).line}); host names must be unique`, nameNode);
                }
                seen.set(h.name, nameNode);
                inv.hosts.push(h);
            });
        }
        else {
            inv.hosts.push(defaultHost());
        }
        const cycles = json_positions_valueOf(root, 'cycles');
        if (cycles?.kind === 'number')
            inv.cycles = { value: cycles.value, pos: doc.pos(cycles) };
        const cgnat = json_positions_valueOf(root, 'cgnat-is-private');
        if (cgnat?.kind === 'boolean')
            inv.allowCgnat = cgnat.value;
        return inv;
    }
    // ---- reserved
    reserved(item, i, out) {
        const doc = this.doc;
        const label = `reserved[${i}]`;
        const nameNode = json_positions_valueOf(item, 'name');
        const given = nameNode?.kind === 'string' && nameNode.value.trim() !== '' ? nameNode.value.trim() : undefined;
        const cidrNode = json_positions_valueOf(item, 'cidr');
        if (cidrNode?.kind === 'string') {
            const p = this.reservedPrefix(cidrNode, `${label}.cidr`);
            const cidr = formatPrefix(p);
            out.push({ cidr, name: given ?? cidr, pos: doc.pos(cidrNode) });
            return;
        }
        const presetNode = json_positions_valueOf(item, 'preset');
        if (presetNode?.kind === 'string') {
            const ranges = expandPreset(presetNode.value);
            if (!ranges)
                throw doc.error(`${label}.preset: ${unknownPresetMessage(presetNode.value)}`, presetNode);
            for (const r of ranges) {
                out.push({ cidr: r.cidr, name: given ? `${given}: ${r.name}` : r.name, pos: doc.pos(presetNode), source: `preset:${presetNode.value}` });
            }
            return;
        }
        const importNode = json_positions_valueOf(item, 'import');
        if (importNode?.kind === 'string') {
            const rel = this.file(importNode, `${label}.import`, 'import');
            for (const r of loadImport(this.reader, rel).ranges)
                out.push(given ? { ...r, name: `${given}: ${r.name}` } : r);
        }
    }
    reservedPrefix(node, label) {
        const text = node.value.trim();
        if (!text.includes('/')) {
            const a = parseAddress(text);
            if ('error' in a)
                throw this.doc.error(`${label}: ${a.error}`, node);
            return a;
        }
        const p = parsePrefix(text);
        if ('error' in p)
            throw this.doc.error(`${label}: ${JSON.stringify(text)} is not a CIDR prefix: ${cidrProblem(text, p.error)}`, node);
        if (p.prefix.bits === 0) {
            throw this.doc.error(`${label}: ${text} would reserve every address, so every Docker network would collide; list the ranges that are really in use`, node);
        }
        if (!p.canonical) {
            const net = formatPrefix(p.prefix);
            const one = `${text.slice(0, text.indexOf('/'))}/${p.prefix.family === 4 ? 32 : 128}`;
            throw this.doc.error(`${label}: ${text} has host bits set — write the network ${net}, or ${one} for that one address`, node);
        }
        return p.prefix;
    }
    // ---- hosts
    host(item, i) {
        const doc = this.doc;
        const label = `hosts[${i}]`;
        const nameNode = json_positions_valueOf(item, 'name');
        const h = {
            name: nameNode.value.trim(),
            engine: { value: 'unknown' },
            routes: [],
            nameservers: [],
            restartEvery: 0,
            env: {},
            pos: doc.pos(item),
        };
        if (h.name === '')
            throw doc.error(`${label}.name must not be blank`, nameNode);
        const engine = json_positions_valueOf(item, 'engine');
        if (engine?.kind === 'string')
            h.engine = { value: engine.value.trim(), pos: doc.pos(engine) };
        else if (engine?.kind === 'number') {
            // `engine: 20.10` is the number 20.1 to YAML; the text as written is what the user meant
            if (!/^\d+(\.\d+){0,2}$/.test(engine.raw)) {
                throw doc.error(`${label}.engine: ${engine.raw} is not a Docker Engine version such as "26.1" or "27.3.1" (or "unknown")`, engine);
            }
            h.engine = { value: engine.raw, pos: doc.pos(engine) };
        }
        const daemon = json_positions_valueOf(item, 'daemon');
        if (daemon?.kind === 'string')
            h.daemon = { value: this.file(daemon, `${label}.daemon`, 'daemon.json'), pos: doc.pos(daemon) };
        const routes = json_positions_valueOf(item, 'routes');
        if (routes?.kind === 'array') {
            routes.items.forEach((r, j) => h.routes.push(this.route(r, `${label}.routes[${j}]`)));
        }
        const ns = json_positions_valueOf(item, 'nameservers');
        if (ns?.kind === 'array') {
            ns.items.forEach((n, j) => h.nameservers.push(this.nameserver(n, `${label}.nameservers[${j}]`)));
        }
        const mtu = json_positions_valueOf(item, 'underlay-mtu');
        if (mtu?.kind === 'number')
            h.underlayMtu = { value: mtu.value, pos: doc.pos(mtu) };
        const restart = json_positions_valueOf(item, 'restart-every');
        if (restart?.kind === 'number')
            h.restartEvery = restart.value;
        const projects = json_positions_valueOf(item, 'projects');
        if (projects?.kind === 'array') {
            h.projects = projects.items.map((p, j) => this.project(p, `${label}.projects[${j}]`));
        }
        const env = json_positions_valueOf(item, 'env');
        if (env?.kind === 'object') {
            for (const e of env.entries) {
                const v = e.value;
                const text = v.kind === 'string' ? v.value : v.kind === 'number' || v.kind === 'boolean' ? v.raw : '';
                Object.defineProperty(h.env, e.key, { value: text, enumerable: true, writable: true, configurable: true });
            }
        }
        const envFile = json_positions_valueOf(item, 'env-file');
        if (envFile?.kind === 'string')
            h.envFile = { value: this.file(envFile, `${label}.env-file`, 'env file'), pos: doc.pos(envFile) };
        return h;
    }
    route(node, label) {
        const text = node.value.trim();
        const p = parseAddress(text);
        if ('error' in p)
            throw this.doc.error(`${label}: ${JSON.stringify(text)} is not a route prefix: ${cidrProblem(text, p.error)}`, node);
        if (p.bits === 0)
            throw this.doc.error(`${label}: ${text} is the default route; list on-link routes only (routes via a gateway belong in reserved)`, node);
        // "10.0.0.5/24" as `ip addr` prints it: the on-link route is the network 10.0.0.0/24
        return { value: formatPrefix(p), pos: this.doc.pos(node) };
    }
    nameserver(node, label) {
        const text = node.value.trim();
        const p = text.includes('/') ? { error: `${JSON.stringify(text)} is a prefix; a nameserver is one address` } : parseAddress(text);
        if ('error' in p)
            throw this.doc.error(`${label}: ${p.error}`, node);
        return { value: formatAddress(p.family, p.addr), pos: this.doc.pos(node) };
    }
    project(item, label) {
        const doc = this.doc;
        const pathNode = json_positions_valueOf(item, 'path');
        let path;
        if (pathNode.kind === 'string') {
            path = this.resolve(pathNode, `${label}.path`);
            if (!this.reader.exists(path)) {
                throw doc.error(`${label}.path: "${pathNode.value}" does not exist (looked for ${path}, relative to the repository root)`, pathNode);
            }
            if (this.reader.isDir(path)) {
                // a directory that is a link to somewhere outside shows itself when a file in it is read
                for (const f of this.reader.list(path)) {
                    if (f.kind === 'file' && COMPOSE_NAMES.has(f.name))
                        this.probe(joinRel(path, f.name), pathNode, `${label}.path`);
                }
            }
            else
                this.probe(path, pathNode, `${label}.path`);
        }
        else {
            const items = pathNode.items;
            path = items.map((f, j) => {
                const rel = this.resolve(f, `${label}.path[${j}]`);
                if (!this.reader.exists(rel))
                    throw doc.error(`${label}.path[${j}]: compose file "${f.value}" does not exist (looked for ${rel})`, f);
                if (this.reader.isDir(rel))
                    throw doc.error(`${label}.path[${j}]: "${f.value}" is a directory; a list names compose files (give a directory as a single path)`, f);
                this.probe(rel, f, `${label}.path[${j}]`);
                return rel;
            });
        }
        const lc = json_positions_valueOf(item, 'lifecycle');
        const lifecycle = lc?.kind === 'string' && lc.value === 'persistent' ? 'persistent' : 'cycling';
        const profilesNode = json_positions_valueOf(item, 'profiles');
        const profiles = profilesNode?.kind === 'array' ? profilesNode.items.map((p) => String(toPlain(p))) : [];
        return { path, lifecycle, profiles, pos: doc.pos(item) };
    }
    // ---- paths
    /** inventory-relative path → repository-relative, refusing absolute paths and paths that leave */
    resolve(node, label) {
        const raw = node.value.trim();
        if (raw === '')
            throw this.doc.error(`${label} must not be empty`, node);
        if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:[\\/]/.test(raw) || raw.startsWith('\\\\')) {
            throw this.doc.error(`${label}: "${raw}" is an absolute path; paths are relative to the inventory's folder and must stay inside the repository`, node);
        }
        if (raw.includes('\0'))
            throw this.doc.error(`${label}: the path contains a NUL character`, node);
        const rel = joinRel(this.dir, raw.replace(/\\/g, '/'));
        if (leavesRoot(rel)) {
            throw this.doc.error(`${label}: "${raw}" leaves the repository (it resolves to ${rel}); subnet-guard reads only files inside the repository`, node);
        }
        return rel;
    }
    /** a file the inventory points at: inside the repository, present, a file, readable (not a link leading outside) */
    file(node, label, what) {
        const rel = this.resolve(node, label);
        if (!this.reader.exists(rel))
            throw this.doc.error(`${label}: ${what} "${node.value}" not found (looked for ${rel})`, node);
        if (this.reader.isDir(rel))
            throw this.doc.error(`${label}: "${node.value}" is a directory, not a ${what}`, node);
        this.probe(rel, node, label);
        return rel;
    }
    /** reads a file once so that a refusal (a link leading outside, too large, unreadable) is located here */
    probe(rel, node, label) {
        try {
            this.reader.read(rel);
        }
        catch (e) {
            if (e instanceof errors_ConfigError)
                throw this.doc.error(`${label}: ${e.message}`, node);
            throw e;
        }
    }
}
/** Exposed for documentation and tests. */
const KNOWN_PRESETS = presetNames();

;// CONCATENATED MODULE: ./src/net/pools.ts
// Docker's candidate pools (docker-ipam.md §1): the built-in local list, the swarm list, and the
// expansion of daemon.json `default-address-pools` under the Engine ≤ 26 and ≥ 27 rules.
// A candidate list is kept as segments (base, size, count) and never materialised: 10.0.0.0/8 at /24
// is 65,536 candidates and fd00::/8 at /64 would be 2^56.


/** The built-in local pools, identical from 20.10 to 28.x: 172.17–31/16 then 192.168.0.0/16 at /20. */
const BUILTIN_LOCAL_POOLS = [
    ...Array.from({ length: 15 }, (_, i) => ({ base: `172.${17 + i}.0.0/16`, size: 16 })),
    { base: '192.168.0.0/16', size: 20 },
];
/** The swarm (global scope) default: 10.0.0.0/8 split into /24. */
const BUILTIN_SWARM_POOLS = [{ base: '10.0.0.0/8', size: 24 }];
/** The Engine ≥ 27 IPv6 default when no IPv6 base is configured: a ULA /48 from the engine ID. */
const EMPTY_ENGINE_ID_ULA = 'fd42:98fc:1c14::/48';
class PoolError extends Error {
    index;
    constructor(message, 
    /** index of the offending entry in the configured list */
    index) {
        super(message);
        this.index = index;
    }
}
/** bases parsed once per pool entry (every simulation of a host expands the same entries again) */
const parsedBases = new WeakMap();
function parseBase(spec, index, strict) {
    let hit = parsedBases.get(spec);
    if (!hit || hit.text !== spec.base) {
        hit = { text: spec.base, r: parsePrefix(spec.base) };
        parsedBases.set(spec, hit);
    }
    const r = hit.r;
    if ('error' in r)
        throw new PoolError(`invalid base pool "${spec.base}": ${r.error}`, index);
    if (strict && !r.canonical)
        throw new PoolError(`invalid base pool "${spec.base}": host bits are set`, index);
    return r.prefix;
}
function maxBits(f) {
    return f === 4 ? 32 : 128;
}
/**
 * Engine ≤ 26 builds the whole candidate list in memory at start (splitNetwork: `make([]*net.IPNet, 0, n)`
 * and one allocation per subnet). From 2^30 subnets in one entry that is tens to hundreds of GB and dockerd
 * dies with "fatal error: runtime: out of memory" (moby#40275: an IPv6 /64 split into /94…/96; moby#44053);
 * from 2^46 Go refuses the slice outright ("makeslice: cap out of range"). Such an entry is refused like an
 * invalid size, which also keeps every candidate index an exact integer (below 2^53) in the simulation.
 */
const MAX_ROUND_ROBIN_SPLIT = 29;
function tooManySubnets(spec, k) {
    const n = groupDigits(2n ** BigInt(k));
    const why = k >= 46 ? 'dockerd panics: makeslice: cap out of range' : 'dockerd runs out of memory building that list at start: "fatal error: runtime: out of memory" (moby#40275)';
    return (`invalid pools size: ${spec.size} — ${spec.base} split into /${spec.size} is 2^${k} = ${n} subnets, which Engine ≤ 26 materialises ` +
        `as one list in memory; ${why}. Split into at most 2^${MAX_ROUND_ROBIN_SPLIT} subnets (size ≤ prefix + ${MAX_ROUND_ROBIN_SPLIT})`);
}
/**
 * Engine ≤ 26: config order, each base split ascending, lists concatenated, no sorting and no
 * de-duplication. Mirrors Go's splitNetwork: n = 1 << (size−prefix) as a 64-bit int, the ordinal
 * shifted into a 64-bit uint.
 */
/**
 * Expansions by pool list: every simulated daemon without a daemon.json expands the built-in lists, and
 * a host's models and proofs share theirs. The results are read-only; a list that fails is not kept.
 */
const roundRobinLists = new WeakMap();
const firstFitLists = new WeakMap();
function expandRoundRobin(specs) {
    let list = roundRobinLists.get(specs);
    if (!list) {
        list = expandRoundRobinUncached(specs);
        roundRobinLists.set(specs, list);
    }
    return list;
}
function expandRoundRobinUncached(specs) {
    const segments = [];
    let length = 0;
    specs.forEach((spec, index) => {
        const base = parseBase(spec, index, false);
        const bits = maxBits(base.family);
        if (!Number.isInteger(spec.size) || spec.size <= 0 || spec.size < base.bits || spec.size > bits) {
            throw new PoolError(`invalid pools size: ${spec.size}`, index);
        }
        const k = spec.size - base.bits;
        if (k >= 64)
            return; // Go: 1 << 64 == 0 → no entries
        if (k === 63)
            throw new PoolError(`invalid pools size: ${spec.size} (dockerd panics: makeslice: cap out of range)`, index);
        if (k > MAX_ROUND_ROBIN_SPLIT)
            throw new PoolError(tooManySubnets(spec, k), index);
        const count = 2 ** k;
        const s = bits - spec.size;
        // ordinal i << s wraps at 2^64: only 2^(64−s) distinct values (1 when s ≥ 64)
        const unique = s >= 64 ? 1 : Math.min(count, 2 ** (64 - s));
        segments.push({ family: base.family, base, size: spec.size, count, unique });
        length += count;
    });
    return { segments, length };
}
/**
 * Engine ≥ 27.0.1: per family, sorted by base address then prefix length; a base overlapping an
 * earlier kept base is dropped. Non-canonical bases and bad sizes refuse to start.
 */
function expandFirstFit(specs) {
    let r = firstFitLists.get(specs);
    if (!r) {
        r = expandFirstFitUncached(specs);
        firstFitLists.set(specs, r);
    }
    return r;
}
function expandFirstFitUncached(specs) {
    const all = specs.map((spec, index) => {
        const base = parseBase(spec, index, true);
        if (!Number.isInteger(spec.size) || spec.size <= 0 || spec.size < base.bits || spec.size > maxBits(base.family)) {
            throw new PoolError(`invalid pools size: ${spec.size}`, index);
        }
        return { base, size: spec.size, index };
    });
    all.sort((a, b) => comparePrefix(a.base, b.base));
    const pools = [];
    const dropped = [];
    // kept bases are disjoint and ascending, so a later base (address ≥ theirs) can only overlap the last
    // one kept of its family
    const last = {};
    for (const p of all) {
        const k = last[p.base.family];
        if (k && overlaps(k.base, p.base))
            dropped.push(p);
        else {
            pools.push(p);
            last[p.base.family] = p;
        }
    }
    return { pools, dropped };
}
/** How many subnets a candidate list offers per family (unique subnets, as a decimal string). */
function candidateCount(list, family) {
    let n = 0n;
    for (const s of list.segments)
        if (s.family === family)
            n += BigInt(s.unique);
    return n;
}

;// CONCATENATED MODULE: ./src/net/prefix-set.ts
// A set of prefixes reduced to the question "does this prefix overlap any of them?", answered in
// O(log n): each family's prefixes sorted once and merged into disjoint runs. For lists that can be
// long (an inventory may reserve 100,000 ranges) where a scan per probe would be quadratic.

class Runs {
    starts = [];
    ends = [];
    constructor(pairs) {
        pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        for (const [s, e] of pairs) {
            const last = this.ends.length - 1;
            if (last >= 0 && s <= this.ends[last]) {
                if (e > this.ends[last])
                    this.ends[last] = e;
            }
            else {
                this.starts.push(s);
                this.ends.push(e);
            }
        }
    }
    /** true when some run shares an address with [start, end] */
    overlaps(start, end) {
        // the last run starting at or before `end` is the only one that can reach `start`
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.starts[mid] <= end)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 && this.ends[lo - 1] >= start;
    }
}
class PrefixSet {
    v4;
    v6;
    constructor(prefixes) {
        const p4 = [];
        const p6 = [];
        for (const p of prefixes) {
            if (p.family === 4)
                p4.push([p.addr, lastAddr4(p)]);
            else
                p6.push([p.addr, lastAddr6(p)]);
        }
        this.v4 = new Runs(p4);
        this.v6 = new Runs(p6);
    }
    /** true when p overlaps (contains, is contained in, or equals) one of the prefixes */
    overlapsAny(p) {
        return p.family === 4 ? this.v4.overlaps(p.addr, lastAddr4(p)) : this.v6.overlaps(p.addr, lastAddr6(p));
    }
}

;// CONCATENATED MODULE: ./src/engine/first-fit.ts

/**
 * One Prefix object per (pool, address): first-fit hands the same subnets out again after every `down`,
 * and the simulation shares its records (per-network allocation records, one-subnet arrays) by object
 * identity, so a fresh object per request made a new record every cycle. Bounded per pool.
 */
const interned = new WeakMap();
const INTERNED = 1 << 16;
function intern(pool, p) {
    let m = interned.get(pool);
    if (!m) {
        m = new Map();
        interned.set(pool, m);
    }
    const hit = m.get(p.addr);
    if (hit)
        return hit;
    if (m.size < INTERNED)
        m.set(p.addr, p);
    return p;
}
/**
 * The first free subnet of an IPv4 pool, or, when there is none, the last address of the covered run
 * the search ended in (it may reach past the pool: pools after it that end within it are full too).
 */
function firstFreeInPool4(pool, space, reserved) {
    const { base, size } = pool;
    const step = v4Size(size);
    const start = base.addr;
    const last = start + v4Size(base.bits) - 1;
    let a = start;
    let end = start - 1;
    while (a + step - 1 <= last) {
        const e1 = space.coverEnd4(a, a + step - 1);
        const e2 = reserved.coverEnd4(a, a + step - 1);
        if (e1 === undefined && e2 === undefined)
            return intern(pool, { family: 4, addr: a, bits: size });
        end = Math.max(e1 ?? -1, e2 ?? -1);
        a = Math.ceil((end + 1 - start) / step) * step + start;
    }
    return end;
}
function firstFreeInPool(pool, space, reserved) {
    const { base, size } = pool;
    if (base.family === 4) {
        const r = firstFreeInPool4(pool, space, reserved);
        return typeof r === 'number' ? null : r;
    }
    const shift = BigInt(128 - size);
    const step = 1n << shift;
    const last = base.addr | ((1n << BigInt(128 - base.bits)) - 1n);
    let a = base.addr;
    while (a + step - 1n <= last) {
        const e1 = space.coverEnd6(a, a + step - 1n);
        const e2 = reserved.coverEnd6(a, a + step - 1n);
        if (e1 === undefined && e2 === undefined)
            return intern(pool, { family: 6, addr: a, bits: size });
        let end = e1 ?? -1n;
        if (e2 !== undefined && e2 > end)
            end = e2;
        a = ((end + 1n - base.addr + step - 1n) >> shift << shift) + base.addr;
    }
    return null;
}
class FirstFitAllocator {
    pools;
    reserved;
    constructor(pools, 
    /** nameservers and on-link routes: never handed out */
    reserved) {
        this.pools = pools;
        this.reserved = reserved;
    }
    request(family, space) {
        // IPv4: a covered run that reaches past a full pool covers every later pool that ends inside it
        // (the pools are sorted and disjoint), so those are passed without a probe
        let coveredTo = -1;
        for (const pool of this.pools) {
            if (pool.base.family !== family)
                continue;
            if (family === 4) {
                const first = pool.base.addr;
                if (first + v4Size(pool.base.bits) - 1 <= coveredTo)
                    continue;
                const r = firstFreeInPool4(pool, space, this.reserved);
                if (typeof r !== 'number')
                    return r;
                coveredTo = r;
                continue;
            }
            const p = firstFreeInPool(pool, space, this.reserved);
            if (p)
                return p;
        }
        return null;
    }
}

;// CONCATENATED MODULE: ./src/engine/round-robin.ts

/**
 * Candidate prefixes, one object per segment entry: a simulation hands the same candidates out cycle
 * after cycle and keeps every cycle's allocations, so sharing them saves most of its objects. Prefixes
 * are immutable. At most INTERNED entries per segment are kept.
 */
const round_robin_interned = new WeakMap();
const round_robin_INTERNED = 1 << 16;
function entryPrefix(seg, q) {
    let m = round_robin_interned.get(seg);
    if (!m) {
        m = new Map();
        round_robin_interned.set(seg, m);
    }
    let p = m.get(q);
    if (p === undefined) {
        p = makeEntry(seg, q);
        if (m.size < round_robin_INTERNED)
            m.set(q, p);
    }
    return p;
}
function makeEntry(seg, q) {
    return seg.family === 4
        ? { family: 4, addr: seg.base.addr + q * v4Size(seg.size), bits: seg.size }
        : { family: 6, addr: seg.base.addr + (BigInt(q) << BigInt(128 - seg.size)), bits: seg.size };
}
/**
 * First local index j in [from, to) of a segment whose subnet overlaps nothing in `space`, or -1.
 * Entries repeat every `unique` (Go's wrapped shift), ascending within a repetition.
 */
function firstFreeInSegment(seg, from, to, space, also) {
    const u = seg.unique;
    let j = from;
    while (j < to) {
        const q = j % u;
        const blockStart = j - q;
        let nq;
        if (seg.family === 4) {
            const step = v4Size(seg.size);
            const start = seg.base.addr + q * step;
            let end = space.coverEnd4(start, start + step - 1);
            if (also) {
                // a run of either space covers every later candidate up to its end: jump past the further one
                const e2 = also.coverEnd4(start, start + step - 1);
                if (e2 !== undefined && (end === undefined || e2 > end))
                    end = e2;
            }
            if (end === undefined)
                return j;
            nq = Math.ceil((end + 1 - seg.base.addr) / step);
        }
        else {
            const shift = BigInt(128 - seg.size);
            const start = seg.base.addr + (BigInt(q) << shift);
            let end = space.coverEnd6(start, start + (1n << shift) - 1n);
            if (also) {
                const e2 = also.coverEnd6(start, start + (1n << shift) - 1n);
                if (e2 !== undefined && (end === undefined || e2 > end))
                    end = e2;
            }
            if (end === undefined)
                return j;
            nq = Number((end + 1n - seg.base.addr + (1n << shift) - 1n) >> shift);
        }
        if (nq < u) {
            j = blockStart + nq;
            continue;
        }
        // nothing free from q to the end of this repetition
        if (q === 0)
            return -1; // a whole repetition is blocked, and every later one is identical
        j = blockStart + u;
    }
    return -1;
}
/**
 * Last local index j in [from, to) of an IPv4 segment whose subnet overlaps nothing in `space`, or -1:
 * firstFreeInSegment walking down, jumping to before the start of each covered run in one step.
 */
function lastFreeInSegment4(seg, from, to, space) {
    const u = seg.unique;
    const step = v4Size(seg.size);
    const base = seg.base.addr;
    let j = to - 1;
    // the repetition whose every entry was seen blocked from its top: every other one is the same
    let wholeFrom = -1;
    while (j >= from) {
        const q = j % u;
        const blockStart = j - q;
        if (q === u - 1)
            wholeFrom = blockStart;
        const a = base + q * step;
        const y = space.lastCovered4(a + step - 1);
        if (y < a)
            return j;
        const k = Math.floor((space.coverStart4(y) - base) / step);
        if (k > 0) {
            j = blockStart + k - 1;
            continue;
        }
        if (wholeFrom === blockStart)
            return -1;
        j = blockStart - 1;
    }
    return -1;
}
/** Last global index in [from, to) of IPv4 candidates that is free in `space`, or -1. */
function lastFree4(list, from, to, space) {
    const offsets = offsetsOf(list);
    const { segments } = list;
    if (segments.length === 0 || to <= from)
        return -1;
    for (let i = segmentOf(offsets, to - 1); i >= 0; i--) {
        const seg = segments[i];
        const offset = offsets[i];
        if (offset + seg.count <= from)
            break;
        if (seg.family !== 4)
            continue;
        const j = lastFreeInSegment4(seg, Math.max(from, offset) - offset, Math.min(to, offset + seg.count) - offset, space);
        if (j >= 0)
            return offset + j;
    }
    return -1;
}
/**
 * Where each segment starts in the flattened list, worked out once per list: a daemon.json with many
 * pool entries makes many segments, and every request would otherwise add them up from the first.
 */
const offsetsCache = new WeakMap();
function offsetsOf(list) {
    let o = offsetsCache.get(list);
    if (!o || o.length !== list.segments.length) {
        o = new Array(list.segments.length);
        let offset = 0;
        for (let i = 0; i < list.segments.length; i++) {
            o[i] = offset;
            offset += list.segments[i].count;
        }
        offsetsCache.set(list, o);
    }
    return o;
}
/** the index of the segment holding global index `index` (the last segment starting at or before it) */
function segmentOf(offsets, index) {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (offsets[mid] <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** First global index in [from, to) of `family` that is free (in `space`, and in `also` when given), or -1. */
function firstFree(list, from, to, family, space, also) {
    return firstFreeAt(list, offsetsOf(list), from, to, family, space, also);
}
/** firstFree with the list's segment offsets at hand (an allocator keeps them) */
function firstFreeAt(list, offsets, from, to, family, space, also) {
    const { segments } = list;
    if (segments.length === 0)
        return -1;
    for (let i = segmentOf(offsets, Math.max(0, from)); i < segments.length; i++) {
        const seg = segments[i];
        const offset = offsets[i];
        if (offset >= to)
            break;
        const segEnd = offset + seg.count;
        if (segEnd > from && seg.family === family) {
            const j = firstFreeInSegment(seg, Math.max(from, offset) - offset, Math.min(to, segEnd) - offset, space, also);
            if (j >= 0)
                return offset + j;
        }
    }
    return -1;
}
function entryAt(list, index) {
    if (index >= 0 && index < list.length && list.segments.length > 0) {
        const offsets = offsetsOf(list);
        const i = segmentOf(offsets, index);
        const seg = list.segments[i];
        if (index < offsets[i] + seg.count)
            return entryPrefix(seg, (index - offsets[i]) % seg.unique);
    }
    throw new Error(`candidate index ${index} out of range`);
}
/** The IPAM side of Engine ≤ 26: one address space's candidate list and its cursor. */
class RoundRobinAllocator {
    list;
    cursor = 0;
    /** where each segment starts in the list (the list does not change) */
    offsets;
    constructor(list) {
        this.list = list;
        this.offsets = offsetsOf(list);
    }
    /** RequestPool without a preferred pool: the candidate, or null. Moves the cursor past what it returns. */
    request(family, space) {
        const L = this.list.length;
        if (L === 0)
            return null;
        const start = this.cursor >= L ? 0 : this.cursor;
        let g = firstFreeAt(this.list, this.offsets, start, L, family, space);
        let wrapped = false;
        if (g < 0 && start > 0) {
            g = firstFreeAt(this.list, this.offsets, 0, start, family, space);
            wrapped = true;
        }
        if (g < 0)
            return null;
        // start + i + 1 where i is the position in the rotated list; reset to 0 (not modulo) at L
        const next = wrapped ? L + g + 1 : g + 1;
        this.cursor = next >= L ? 0 : next;
        return this.entry(g);
    }
    reset() {
        this.cursor = 0;
    }
    /**
     * The candidate at global index g, one object per segment entry for this allocator's life (see
     * `interned`; kept here in arrays, which are cheaper to look up than the shared weak map)
     */
    entries = [];
    entry(g) {
        const i = segmentOf(this.offsets, g);
        const seg = this.list.segments[i];
        const q = (g - this.offsets[i]) % seg.unique;
        let t = this.entries[i];
        if (!t) {
            t = [];
            this.entries[i] = t;
        }
        let p = t[q];
        if (p === undefined) {
            p = makeEntry(seg, q);
            if (q < round_robin_INTERNED)
                t[q] = p;
        }
        return p;
    }
}
/**
 * The ≤ 26 hold loop for an IPv4 request whose first pick (asked from cursor c0) the host rejected, in
 * one step: the pick, or null when none is left; the cursor is left where dockerd leaves it. dockerd
 * holds the rejected candidate and asks again, holding every rejected pick, until a pick is not rejected
 * or none is left, then releases the holds; each ask starts at the cursor the previous one left (past
 * its pick, or 0 when it wrapped around the end of the list). Holding only keeps it from picking a
 * candidate twice, so the picks are the free candidates from c0 to the end of the list, then from 0 to
 * c0, in order; the answer is the first of them not in `host`, and where the cursor ends follows from
 * which ask wrapped. A route over a quarter of a 2^30-entry list was 2^28 holds made one at a time;
 * here it is at most six searches. Only for a list whose IPv4 candidates are disjoint (disjoint4): where
 * pools overlap, a held candidate also blocks the later candidates inside it, and the loop is run as is.
 */
/** whether no two IPv4 candidates of the list overlap (worked out once per list) */
const disjointCache = new WeakMap();
function disjoint4(list) {
    let d = disjointCache.get(list);
    if (d === undefined) {
        const spans = [];
        d = true;
        for (const seg of list.segments) {
            if (seg.family !== 4)
                continue;
            if (seg.unique < seg.count)
                d = false;
            const start = seg.base.addr;
            spans.push([start, start + seg.unique * v4Size(seg.size) - 1]);
        }
        spans.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length && d; i++)
            if (spans[i][0] <= spans[i - 1][1])
                d = false;
        disjointCache.set(list, d);
    }
    return d;
}
function skipRejected(rr, c0, space, host) {
    const list = rr.list;
    const L = list.length;
    // from c0 to the end: no wrap, the cursor goes past the pick
    const b1 = firstFree(list, c0, L, 4, space, host);
    if (b1 >= 0) {
        rr.cursor = b1 + 1 >= L ? 0 : b1 + 1;
        return entryAt(list, b1);
    }
    // every free candidate there was held; the ask after the last of them starts at 0 (not wrapping)
    // only when that one was the list's last entry (or when nothing was held and c0 is 0)
    const anyBefore = firstFree(list, c0, L, 4, space) >= 0;
    const fromZero = anyBefore ? firstFree(list, L - 1, L, 4, space) === L - 1 : c0 === 0;
    // from 0 to c0 (the candidates from c0 on are held or taken): the first ask there wrapped unless it
    // started at 0; the asks after it start at the cursor the one before left
    const g1 = firstFree(list, 0, c0, 4, space);
    const b2 = firstFree(list, 0, c0, 4, space, host);
    if (b2 >= 0) {
        rr.cursor = b2 === g1 && !fromZero ? 0 : b2 + 1;
        return entryAt(list, b2);
    }
    // none left: every free candidate was held, and the cursor is where the last hold left it
    if (g1 >= 0) {
        const last = lastFree4(list, 0, c0, space);
        rr.cursor = last === g1 ? (fromZero ? g1 + 1 : 0) : last + 1;
    }
    else if (anyBefore) {
        const last = lastFree4(list, c0, L, space);
        rr.cursor = last + 1 >= L ? 0 : last + 1;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/engine/space.ts
// The subnets allocated in one address space (local or global).
//
// Every candidate probe of both allocators asks one of two questions: "of the entries overlapping
// [start, end], what is the last address covered?" (blockEnd) and "where does the covered run reaching
// into [start, end] end?" (coverEnd, to jump past many adjacent subnets in one step). IPv4 answers both,
// and adds and removes entries, in at most 33 steps down a binary trie over the address bits, whatever the
// number of entries (Trie4). IPv6 keeps an index sorted by start address with a running maximum of end
// addresses (Index): O(log n) probes, O(n) adds and removes — IPv6 networks are few on a host.

/**
 * One family's index: starts ascending, ends in the same order, and the running maximum of ends. Used
 * for IPv6 (bigint); IPv4 has its own copy over typed arrays (Index4).
 */
class Index {
    one;
    starts = [];
    ends = [];
    maxEnd = [];
    /** the union of the entries as disjoint, non-adjacent runs (ascending), worked out when first asked */
    runStarts = [];
    runEnds = [];
    runsValid = false;
    runCount = 0;
    /** `one` is 1 or 1n: the family's unit, to tell adjacent runs */
    constructor(one) {
        this.one = one;
    }
    /** number of entries whose start is ≤ x */
    upTo(x) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.starts[mid] <= x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    add(start, end) {
        // valid runs are merged with the new entry rather than worked out again: a daemon skipping a host
        // route holds thousands of candidates one by one and probes between each two (found by the fuzzer)
        if (this.runsValid)
            this.addRun(start, end);
        const i = this.upTo(start);
        const { starts, ends, maxEnd } = this;
        // insert at i by shifting (splice would allocate the array of removed entries on every call)
        for (let k = starts.length; k > i; k--) {
            starts[k] = starts[k - 1];
            ends[k] = ends[k - 1];
            maxEnd[k] = maxEnd[k - 1];
        }
        starts[i] = start;
        ends[i] = end;
        maxEnd[i] = i > 0 && maxEnd[i - 1] > end ? maxEnd[i - 1] : end;
        // after the new entry the running maximum is max(old, end): it changes only while old < end, which
        // with prefixes (nested or disjoint) is across the entries nested inside the new one
        for (let k = i + 1; k < maxEnd.length && maxEnd[k] < end; k++)
            maxEnd[k] = end;
    }
    /** removes entry i by shifting the later ones down */
    drop(i) {
        const { starts, ends, maxEnd } = this;
        const n = starts.length - 1;
        for (let k = i; k < n; k++) {
            starts[k] = starts[k + 1];
            ends[k] = ends[k + 1];
            maxEnd[k] = maxEnd[k + 1];
        }
        // pop, not `length = n`: setting an array's length is a slow builtin call
        starts.pop();
        ends.pop();
        maxEnd.pop();
    }
    remove(start, end) {
        this.runsValid = false;
        const { starts, ends, maxEnd } = this;
        // entries with this start sit just before upTo(start)
        for (let i = this.upTo(start) - 1; i >= 0 && starts[i] === start; i--) {
            if (ends[i] !== end)
                continue;
            this.drop(i);
            // recompute the running maximum until it reaches the removed end: from there on the stored
            // (old) values were not raised by the removed entry
            let m = i > 0 ? maxEnd[i - 1] : undefined;
            for (let k = i; k < ends.length; k++) {
                m = m === undefined || ends[k] > m ? ends[k] : m;
                maxEnd[k] = m;
                if (m >= end)
                    break;
            }
            return;
        }
    }
    blockEnd(start, end) {
        const n = this.upTo(end);
        if (n === 0)
            return undefined;
        const m = this.maxEnd[n - 1];
        return m >= start ? m : undefined;
    }
    /** merges [start, end] into the valid runs: a binary search and one shift */
    addRun(start, end) {
        const rs = this.runStarts;
        const re = this.runEnds;
        const one = this.one;
        const n = this.runCount;
        // lo: the first run that touches [start, end] or lies after it (its end + 1 ≥ start)
        let lo = 0;
        let hi = n;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (re[mid] + one < start)
                lo = mid + 1;
            else
                hi = mid;
        }
        // runs lo … k − 1 start at or before end + 1: each touches [start, end] and is joined to it
        let k = lo;
        while (k < n && rs[k] <= end + one)
            k++;
        let s = start;
        let e = end;
        if (k > lo) {
            if (rs[lo] < s)
                s = rs[lo];
            if (re[k - 1] > e)
                e = re[k - 1];
        }
        // runs lo … k − 1 become the one run [s, e]: the later runs move by 1 − (k − lo)
        const shift = 1 - (k - lo);
        if (shift > 0) {
            for (let j = n - 1; j >= k; j--) {
                rs[j + 1] = rs[j];
                re[j + 1] = re[j];
            }
        }
        else if (shift < 0) {
            for (let j = k; j < n; j++) {
                rs[j + shift] = rs[j];
                re[j + shift] = re[j];
            }
        }
        rs[lo] = s;
        re[lo] = e;
        this.runCount = n + shift;
    }
    /** rebuilds the index from (start, end) pairs in any order */
    rebuild(pairs) {
        this.runsValid = false;
        pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        this.starts = pairs.map((p) => p[0]);
        this.ends = pairs.map((p) => p[1]);
        this.maxEnd = new Array(pairs.length);
        for (let i = 0; i < pairs.length; i++)
            this.maxEnd[i] = i > 0 && this.maxEnd[i - 1] > this.ends[i] ? this.maxEnd[i - 1] : this.ends[i];
    }
    /**
     * The end of the covered run reaching furthest into [start, end] — every address from `start` (or the
     * run's start) to it is covered — or undefined when nothing covers any of [start, end]. An allocator
     * jumps past it in one step where blockEnd would stop at each of the adjacent subnets in it.
     */
    coverEnd(start, end) {
        if (!this.runsValid)
            this.merge();
        const rs = this.runStarts;
        let lo = 0;
        let hi = this.runCount;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (rs[mid] <= end)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo === 0)
            return undefined;
        const e = this.runEnds[lo - 1];
        return e >= start ? e : undefined;
    }
    merge() {
        // refilled in place (a simulation merges after every allocation); runCount entries are valid
        const rs = this.runStarts;
        const re = this.runEnds;
        let n = 0;
        const { starts, ends, one } = this;
        for (let i = 0; i < starts.length; i++) {
            // (end + 1) without mixing number and bigint
            if (n > 0 && starts[i] <= (re[n - 1] + one)) {
                if (ends[i] > re[n - 1])
                    re[n - 1] = ends[i];
            }
            else {
                rs[n] = starts[i];
                re[n] = ends[i];
                n++;
            }
        }
        this.runCount = n;
        this.runsValid = true;
    }
    copyFrom(o) {
        this.runsValid = false;
        this.starts = o.starts.slice();
        this.ends = o.ends.slice();
        this.maxEnd = o.maxEnd.slice();
    }
}
const NO_NODES = new Int32Array(0);
const NO_FLAGS = new Uint8Array(0);
const V4_ADDRESSES = 2 ** 32;
/**
 * The IPv4 index: a binary trie over the address bits, one node per prefix on the way to an entry (a
 * node at depth d is a /d). Each node counts the entries that are exactly its prefix, the entries in its
 * subtree (a node exists only while that is > 0) and whether its whole range is covered by them. Adding
 * or removing an entry walks one path and back (at most 33 nodes); every question — the entry reaching
 * furthest over a range, the last covered address before a point, the first uncovered one after it — is
 * one or two walks down. So every operation costs O(32) whatever the number of entries n: a host with
 * 8,000 networks pays what one with 8 does, where the sorted arrays this replaces shifted n entries on
 * every add and remove and re-merged the runs after every remove.
 *
 * Entries are prefixes (aligned blocks), as everything an AddressSpace holds is. Nodes live in typed
 * arrays, numbered from 1 (0 is "none"), and freed nodes are reused: a simulation adds and removes the
 * same few subnets every cycle without making garbage.
 */
class Trie4 {
    left = NO_NODES;
    right = NO_NODES;
    /** entries that are exactly this node's prefix */
    count = NO_NODES;
    /** entries in this node's subtree, its own included */
    sub = NO_NODES;
    /** 1 when every address of the node's range is covered by entries at or below it */
    full = NO_FLAGS;
    root = 0;
    /** the next node never used */
    used = 1;
    /** freed nodes, linked through `left` */
    freed = 0;
    /** the nodes on the path of the last add / remove, root first */
    path = new Int32Array(34);
    node() {
        if (this.freed !== 0) {
            const n = this.freed;
            this.freed = this.left[n];
            this.left[n] = 0;
            return n;
        }
        if (this.used >= this.left.length)
            this.grow(Math.max(64, this.left.length * 2));
        return this.used++;
    }
    grow(cap) {
        const copy = (a) => {
            const b = new Int32Array(cap);
            b.set(a);
            return b;
        };
        this.left = copy(this.left);
        this.right = copy(this.right);
        this.count = copy(this.count);
        this.sub = copy(this.sub);
        const f = new Uint8Array(cap);
        f.set(this.full);
        this.full = f;
    }
    /** the prefix length of [start, end], which must be an aligned block */
    static depthOf(start, end) {
        const size = end - start + 1;
        const bits = 32 - Math.round(Math.log2(size));
        if (!(size > 0) || 2 ** (32 - bits) !== size || start % size !== 0)
            throw new Error(`not a prefix: ${start}–${end}`);
        return bits;
    }
    refresh(n) {
        const l = this.left[n];
        const r = this.right[n];
        this.full[n] = this.count[n] > 0 || (l !== 0 && r !== 0 && this.full[l] === 1 && this.full[r] === 1) ? 1 : 0;
    }
    add(start, end) {
        const bits = Trie4.depthOf(start, end);
        if (this.root === 0)
            this.root = this.node();
        const path = this.path;
        let n = this.root;
        path[0] = n;
        for (let d = 0; d < bits; d++) {
            const right = ((start >>> (31 - d)) & 1) === 1;
            let c = right ? this.right[n] : this.left[n];
            if (c === 0) {
                c = this.node();
                if (right)
                    this.right[n] = c;
                else
                    this.left[n] = c;
            }
            n = c;
            path[d + 1] = n;
        }
        this.count[n]++;
        for (let d = bits; d >= 0; d--) {
            const m = path[d];
            this.sub[m]++;
            this.refresh(m);
        }
    }
    remove(start, end) {
        const bits = Trie4.depthOf(start, end);
        const path = this.path;
        let n = this.root;
        if (n === 0)
            return;
        path[0] = n;
        for (let d = 0; d < bits; d++) {
            n = ((start >>> (31 - d)) & 1) === 1 ? this.right[n] : this.left[n];
            if (n === 0)
                return;
            path[d + 1] = n;
        }
        if (this.count[n] === 0)
            return;
        this.count[n]--;
        for (let d = bits; d >= 0; d--) {
            const m = path[d];
            if (--this.sub[m] > 0) {
                this.refresh(m);
                continue;
            }
            // empty: unlink it from its parent and free it
            if (d === 0)
                this.root = 0;
            else if (this.left[path[d - 1]] === m)
                this.left[path[d - 1]] = 0;
            else
                this.right[path[d - 1]] = 0;
            this.right[m] = 0;
            this.count[m] = 0;
            this.full[m] = 0;
            this.left[m] = this.freed;
            this.freed = m;
        }
    }
    /** the last covered address ≤ x in the subtree of n (range [from, from + size)), x ≥ from; -1 if none */
    lastCovered(n, from, size, x) {
        for (;;) {
            if (this.count[n] > 0 || this.full[n] === 1)
                return Math.min(x, from + size - 1);
            const half = size / 2;
            const mid = from + half;
            if (x >= mid && this.right[n] !== 0) {
                const r = this.lastCovered(this.right[n], mid, half, x);
                if (r >= 0)
                    return r;
            }
            const l = this.left[n];
            if (l === 0)
                return -1;
            n = l;
            size = half;
            if (x >= mid)
                x = mid - 1;
        }
    }
    /** the first uncovered address ≥ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
    firstUncovered(n, from, size, x) {
        for (;;) {
            if (n === 0)
                return x;
            if (this.count[n] > 0 || this.full[n] === 1)
                return -1;
            const half = size / 2;
            const mid = from + half;
            if (x < mid) {
                const r = this.firstUncovered(this.left[n], from, half, x);
                if (r >= 0)
                    return r;
                x = mid;
            }
            n = this.right[n];
            from = mid;
            size = half;
        }
    }
    /** the last uncovered address ≤ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
    lastUncovered(n, from, size, x) {
        for (;;) {
            if (n === 0)
                return x;
            if (this.count[n] > 0 || this.full[n] === 1)
                return -1;
            const half = size / 2;
            const mid = from + half;
            if (x >= mid) {
                const r = this.lastUncovered(this.right[n], mid, half, x);
                if (r >= 0)
                    return r;
                x = mid - 1;
            }
            n = this.left[n];
            size = half;
        }
    }
    /** the last covered address ≤ x, or -1 */
    lastCoveredAt(x) {
        return this.root === 0 ? -1 : this.lastCovered(this.root, 0, V4_ADDRESSES, x);
    }
    /** the last uncovered address ≤ x, or -1 */
    lastUncoveredAt(x) {
        return this.root === 0 ? x : this.lastUncovered(this.root, 0, V4_ADDRESSES, x);
    }
    /** Of the entries overlapping [start, end], the last address covered, or undefined (see Index.blockEnd). */
    blockEnd(start, end) {
        let n = this.root;
        if (n === 0)
            return undefined;
        // an entry holding `end`: the shortest prefix on end's path reaches furthest
        let from = 0;
        let size = V4_ADDRESSES;
        for (let d = 0;; d++) {
            if (this.count[n] > 0)
                return from + size - 1;
            if (d === 32)
                break;
            size /= 2;
            const right = ((end >>> (31 - d)) & 1) === 1;
            const c = right ? this.right[n] : this.left[n];
            if (c === 0)
                break;
            if (right)
                from += size;
            n = c;
        }
        // none holds `end`: every entry overlapping the range ends before it, the last one at the last
        // covered address
        const y = this.lastCovered(this.root, 0, V4_ADDRESSES, end);
        return y >= start ? y : undefined;
    }
    /** see Index.coverEnd */
    coverEnd(start, end) {
        if (this.root === 0)
            return undefined;
        const y = this.lastCovered(this.root, 0, V4_ADDRESSES, end);
        if (y < start)
            return undefined;
        if (y === V4_ADDRESSES - 1)
            return y;
        const u = this.firstUncovered(this.root, 0, V4_ADDRESSES, y + 1);
        return u < 0 ? V4_ADDRESSES - 1 : u - 1;
    }
    copyFrom(o) {
        this.left = o.left.slice();
        this.right = o.right.slice();
        this.count = o.count.slice();
        this.sub = o.sub.slice();
        this.full = o.full.slice();
        this.root = o.root;
        this.used = o.used;
        this.freed = o.freed;
    }
}
function samePrefix(a, b) {
    return a === b || (a.family === b.family && a.addr === b.addr && a.bits === b.bits);
}
class AddressSpace {
    /**
     * Owners by number, in the order they first added a prefix; a number is never reused. A simulation
     * adds and removes the same few owners (network names) every cycle: array slots instead of a Map
     * keyed by name spare the Map's insert, delete and rehash on each of those (a sixth of a simulation).
     */
    ownerIds;
    owners;
    /** by owner number: the prefix it holds, or its prefixes (in the order added) when it holds several */
    held;
    count = 0;
    v4 = new Trie4();
    v6 = new Index(1n);
    constructor(from) {
        this.ownerIds = new Map(from?.ownerIds);
        this.owners = from ? from.owners.slice() : [];
        this.held = from ? from.held.map((h) => (Array.isArray(h) ? h.slice() : h)) : [];
    }
    index(p, add) {
        if (p.family === 4) {
            if (add)
                this.v4.add(p.addr, lastAddr4(p));
            else
                this.v4.remove(p.addr, lastAddr4(p));
        }
        else if (add)
            this.v6.add(p.addr, lastAddr6(p));
        else
            this.v6.remove(p.addr, lastAddr6(p));
    }
    add(prefix, owner) {
        let id = this.ownerIds.get(owner);
        if (id === undefined) {
            id = this.owners.length;
            this.ownerIds.set(owner, id);
            this.owners.push(owner);
            this.held.push(undefined);
        }
        const had = this.held[id];
        // one prefix is kept as itself: a network holds one subnet, and a simulation adds and removes
        // one per network per cycle
        if (had === undefined)
            this.held[id] = prefix;
        else if (Array.isArray(had))
            had.push(prefix);
        else
            this.held[id] = [had, prefix];
        this.count++;
        this.index(prefix, true);
    }
    /** removes one entry of this prefix held by owner (the first one added) */
    remove(prefix, owner) {
        const id = this.ownerIds.get(owner);
        if (id === undefined)
            return;
        const had = this.held[id];
        if (had === undefined)
            return;
        if (!Array.isArray(had)) {
            if (!samePrefix(had, prefix))
                return;
            this.held[id] = undefined;
        }
        else {
            let i = 0;
            while (i < had.length && !samePrefix(had[i], prefix))
                i++;
            if (i === had.length)
                return;
            if (had.length === 1)
                this.held[id] = undefined;
            else
                had.splice(i, 1);
        }
        this.count--;
        this.index(prefix, false);
    }
    removeOwner(owner) {
        const id = this.ownerIds.get(owner);
        if (id === undefined)
            return;
        const had = this.held[id];
        if (had === undefined)
            return;
        const list = Array.isArray(had) ? had : [had];
        this.held[id] = undefined;
        this.count -= list.length;
        // IPv4: one walk each. IPv6 (sorted arrays): many at once (the candidates a daemon held while
        // skipping a host route) are cheaper as a rebuild, O(n log n)
        let v6 = 0;
        for (const p of list) {
            if (p.family === 4)
                this.index(p, false);
            else
                v6++;
        }
        if (v6 === 0)
            return;
        if (v6 <= 32) {
            for (const p of list)
                if (p.family === 6)
                    this.index(p, false);
            return;
        }
        const pairs = [];
        for (const ps of this.held) {
            if (ps === undefined)
                continue;
            for (const p of Array.isArray(ps) ? ps : [ps])
                if (p.family === 6)
                    pairs.push([p.addr, lastAddr6(p)]);
        }
        this.v6.rebuild(pairs);
    }
    /** Of the entries overlapping [start, end], the last address covered (to jump past), or undefined. */
    blockEnd4(start, end) {
        return this.v4.blockEnd(start, end);
    }
    blockEnd6(start, end) {
        return this.v6.blockEnd(start, end);
    }
    /** the end of the covered run reaching furthest into [start, end] (see Index.coverEnd), or undefined */
    coverEnd4(start, end) {
        return this.v4.coverEnd(start, end);
    }
    coverEnd6(start, end) {
        return this.v6.coverEnd(start, end);
    }
    /** the last IPv4 address ≤ x covered by an entry, or -1 */
    lastCovered4(x) {
        return this.v4.lastCoveredAt(x);
    }
    /** the first address of the covered IPv4 run holding x (x must be covered) */
    coverStart4(x) {
        return this.v4.lastUncoveredAt(x) + 1;
    }
    overlapsAny(p) {
        return p.family === 4 ? this.blockEnd4(p.addr, lastAddr4(p)) !== undefined : this.blockEnd6(p.addr, lastAddr6(p)) !== undefined;
    }
    /** the entries, by owner (owners in the order they first ever added a prefix) */
    all() {
        const out = [];
        for (let id = 0; id < this.held.length; id++) {
            const had = this.held[id];
            if (had === undefined)
                continue;
            const owner = this.owners[id];
            if (Array.isArray(had))
                for (const prefix of had)
                    out.push({ prefix, owner });
            else
                out.push({ prefix: had, owner });
        }
        return out;
    }
    get size() {
        return this.count;
    }
    /**
     * A canonical text of the contents (for detecting a repeating state): equal texts ⇔ equal multisets
     * of (owner, prefix). Addresses are written as integers, which is cheaper than formatting them.
     */
    key() {
        const parts = [];
        // "4:" / "6:" keep the families apart; JSON.stringify keeps owner names unambiguous
        for (const { owner, prefix: p } of this.all())
            parts.push(`${JSON.stringify(owner)}=${p.family}:${p.addr.toString(36)}/${p.bits}`);
        return parts.sort().join(',');
    }
    /** the contents as text, for messages and debugging */
    toString() {
        return this.all()
            .map((e) => `${e.owner}=${formatPrefix(e.prefix)}`)
            .join(', ');
    }
    clone() {
        const c = new AddressSpace(this);
        c.count = this.count;
        c.v4.copyFrom(this.v4);
        c.v6.copyFrom(this.v6);
        return c;
    }
}

;// CONCATENATED MODULE: ./src/engine/daemon.ts






/** the subnets as dockerd reports them: explicit ones as written ("172.30.5.1/24" stays so) */
function labelsOf(n) {
    n.labels ??= n.subnets.map((p, i) => (i < n.written.length ? n.written[i].trim() : formatPrefix(p)));
    return n.labels;
}
const NONE = [];
const HOLD = '\u0000held';
const DOCKER0 = 'bridge';
class SimDaemon {
    setup;
    behaviour;
    local = new AddressSpace();
    global = new AddressSpace();
    /**
     * Networks by name: a slot number per name (never reused) and the network in that slot. A simulation
     * creates and removes the same names every cycle; a Map from name to network paid for an insert and a
     * delete each time, the slots only for a lookup.
     */
    slots = new Map();
    networks = [];
    alive = 0;
    hostPrefixes;
    /** the same, as an address space (the ≤ 26 hold loop searches for a candidate free in both) */
    hostSpace = new AddressSpace();
    /** how many times a rejected run of candidates was skipped in one step (the simulation counts it as work) */
    skips = 0;
    localRR;
    globalRR;
    localFF;
    globalFF;
    docker0Prefix = null;
    /** set when dockerd could not create docker0 and would not start */
    bootError = null;
    /**
     * Called before each dynamic request of `create` (not docker0's): the simulation uses it to ask what
     * the request would pick were some networks absent (pickWithout). Never called from pickWithout.
     */
    beforeDynamic = null;
    constructor(setup, behaviour) {
        this.setup = setup;
        const all = behavioursFor(setup.engine);
        this.behaviour = behaviour ?? all.find((b) => !setup.model || b.model === setup.model) ?? all[0];
        const nameservers = (setup.nameservers ?? []).map((n) => mustAddress(n));
        const routes = (setup.routes ?? [])
            .filter((r) => r.onLink || this.behaviour.routeCheck === 'all-routes')
            .map((r) => mustPrefix(r.cidr));
        this.hostPrefixes = [...nameservers, ...routes];
        for (const p of this.hostPrefixes)
            this.hostSpace.add(p, 'host');
        const localPools = setup.defaultAddressPools && setup.defaultAddressPools.length > 0 ? setup.defaultAddressPools : BUILTIN_LOCAL_POOLS;
        const swarmPools = setup.swarmPools ?? BUILTIN_SWARM_POOLS;
        if (this.behaviour.model === 'round-robin') {
            this.localRR = new RoundRobinAllocator(expandRoundRobin(localPools));
            this.globalRR = new RoundRobinAllocator(expandRoundRobin(swarmPools));
        }
        else {
            const reserved = new AddressSpace();
            for (const p of this.hostPrefixes)
                reserved.add(p, 'host');
            const local = [...expandFirstFit(localPools).pools];
            if (!local.some((p) => p.base.family === 6))
                local.push(...expandFirstFit([{ base: EMPTY_ENGINE_ID_ULA, size: 64 }]).pools);
            this.localFF = new FirstFitAllocator(local, reserved);
            this.globalFF = new FirstFitAllocator(expandFirstFit(swarmPools).pools, new AddressSpace());
        }
        this.startDocker0();
    }
    get model() {
        return this.behaviour.model;
    }
    hostRejects(p) {
        // the address space of the host prefixes: O(32) whatever their number (20,000 routes were a scan
        // of 20,000 on every allocation)
        return this.hostPrefixes.length > 0 && this.hostSpace.overlapsAny(p);
    }
    usesCustomPools() {
        return !!this.setup.defaultAddressPools && this.setup.defaultAddressPools.length > 0;
    }
    /**
     * docker0 at daemon start. Before 23.0.4 dockerd elects an address for a docker0 interface that does
     * not exist yet (first start, or every start with custom pools, which deletes it) even when bip is
     * set, and refuses to start when no candidate is free of host routes, nameservers and existing
     * bridges; bip then overrides the elected subnet.
     */
    startDocker0() {
        this.bootError = null;
        if (this.setup.bridgeNone)
            return;
        let elected = null;
        if (this.behaviour.docker0 === 'elect' && this.localRR) {
            const blocked = this.local.clone();
            for (const h of this.hostPrefixes)
                blocked.add(h, 'host');
            const g = firstFree(this.localRR.list, 0, this.localRR.list.length, 4, blocked);
            if (g < 0) {
                this.bootError =
                    'failed to start daemon: Error initializing network controller: list bridge addresses failed: ' +
                        `PredefinedLocalScopeDefaultNetworks List: ${goList(this.localRR.list)}: no available network`;
                return;
            }
            elected = entryAt(this.localRR.list, g);
        }
        let p = null;
        if (this.setup.bip) {
            p = mustPrefix(this.setup.bip);
        }
        else if (this.setup.fixedCidr && this.behaviour.fixedCidrIsSubnet) {
            p = mustPrefix(this.setup.fixedCidr);
        }
        else if (elected) {
            p = elected;
        }
        else {
            const r = this.requestDynamic(4, false);
            if (typeof r === 'string')
                this.bootError = r;
            else
                p = r;
        }
        if (p) {
            this.local.add(p, DOCKER0);
            this.docker0Prefix = p;
        }
    }
    /** One dynamic allocation, with the ≤ 26 host-overlap hold loop for local networks. */
    requestDynamic(family, global) {
        const space = global ? this.global : this.local;
        if (this.behaviour.model === 'first-fit') {
            const ff = global ? this.globalFF : this.localFF;
            return ff.request(family, space) ?? DOCKER_ERRORS.exhausted('first-fit', family);
        }
        const rr = global ? this.globalRR : this.localRR;
        const c0 = rr.cursor >= rr.list.length ? 0 : rr.cursor;
        const first = rr.request(family, space);
        if (!first)
            return DOCKER_ERRORS.exhausted('round-robin', family);
        if (global || !this.hostRejects(first))
            return first;
        if (family === 4 && disjoint4(rr.list)) {
            // the hold loop in one step (see skipRejected)
            this.skips++;
            return skipRejected(rr, c0, space, this.hostSpace) ?? DOCKER_ERRORS.exhausted('round-robin', family);
        }
        // IPv6 (only nameserver addresses reject a candidate, one each) and overlapping pools: hold them one
        // by one as dockerd does (it holds a rejected candidate while it asks again, and releases them all)
        const held = [];
        let pick = first;
        try {
            for (;;) {
                if (!pick)
                    return DOCKER_ERRORS.exhausted('round-robin', family);
                if (!this.hostRejects(pick))
                    return pick;
                space.add(pick, HOLD);
                held.push(pick);
                pick = rr.request(family, space);
            }
        }
        finally {
            // every entry HOLD has is one of `held` (holds never outlive this call): release them at once
            if (held.length > 0)
                space.removeOwner(HOLD);
        }
    }
    /** requestDynamic for `create`: tells beforeDynamic first */
    dynamic(family, global) {
        if (this.beforeDynamic)
            this.beforeDynamic(family, global);
        return this.requestDynamic(family, global);
    }
    /**
     * What a dynamic request would pick now if the named networks did not exist, or null when it would
     * fail; nothing changes (their subnets are taken out and put back in order, the cursor restored).
     */
    pickWithout(family, global, names) {
        const space = global ? this.global : this.local;
        const gone = [];
        for (const name of names) {
            const n = this.network(name);
            if (!n || n.global !== global)
                continue;
            for (let i = 0; i < n.subnets.length; i++)
                space.remove(n.subnets[i], name);
            gone.push({ n, name });
        }
        const rr = global ? this.globalRR : this.localRR;
        const cursor = rr?.cursor ?? 0;
        let r;
        try {
            r = this.requestDynamic(family, global);
        }
        finally {
            if (rr)
                rr.cursor = cursor;
            for (const { n, name } of gone)
                for (let i = 0; i < n.subnets.length; i++)
                    space.add(n.subnets[i], name);
        }
        return typeof r === 'string' ? null : r;
    }
    docker0() {
        return this.docker0Prefix ? formatPrefix(this.docker0Prefix) : null;
    }
    create(name, opts = {}) {
        const r = this.createPrefixes(name, opts);
        return typeof r === 'string' ? { ok: false, error: r } : { ok: true, subnets: labelsOf(this.network(name)) };
    }
    /** one shared `[p]` per prefix (prefixes are shared per candidate): treat the returned arrays as read-only */
    singles = new Map();
    single(p) {
        let a = this.singles.get(p);
        if (!a) {
            a = [p];
            if (this.singles.size < 65_536)
                this.singles.set(p, a);
        }
        return a;
    }
    /** the network of that name, when it exists */
    network(name) {
        const i = this.slots.get(name);
        if (i === undefined)
            return undefined;
        const n = this.networks[i];
        return n.alive ? n : undefined;
    }
    /** records a created network in its name's slot (slot: the name's number, undefined for a new name) */
    store(name, slot, subnets, written, global) {
        this.alive++;
        if (slot === undefined) {
            this.slots.set(name, this.networks.length);
            this.networks.push({ alive: true, subnets, written, global });
            return;
        }
        const n = this.networks[slot];
        n.alive = true;
        n.subnets = subnets;
        n.written = written;
        n.global = global;
        n.labels = undefined;
    }
    /** `create` for the simulation's hot path: the subnets (not formatted), or dockerd's error. */
    createPrefixes(name, opts = {}) {
        const slot = this.slots.get(name);
        if ((slot !== undefined && this.networks[slot].alive) || name === DOCKER0)
            return `network with name ${name} already exists`;
        const global = opts.driver === 'overlay';
        const space = global ? this.global : this.local;
        if (opts.subnets === undefined && opts.ipv4 !== false && !opts.ipv6) {
            // the common case, one dynamic IPv4 subnet: what the general path below does, without its arrays
            const r = this.dynamic(4, global);
            if (typeof r === 'string')
                return r;
            space.add(r, name);
            const subnets = this.single(r);
            this.store(name, slot, subnets, NONE, global);
            return subnets;
        }
        const written = opts.subnets ?? NONE;
        const got = [];
        let v4 = false;
        let v6 = false;
        for (const s of written) {
            const r = parseSubnet(s);
            if (typeof r === 'string')
                return `invalid subnet ${s}: ${r}`;
            got.push(r);
            if (r.family === 4)
                v4 = true;
            else
                v6 = true;
        }
        let error;
        let added = 0;
        for (; added < got.length; added++) {
            const p = got[added];
            if (space.overlapsAny(p)) {
                error = DOCKER_ERRORS.poolOverlap(this.behaviour.model);
                break;
            }
            space.add(p, name);
        }
        if (error === undefined && opts.ipv4 !== false && !v4) {
            const r = this.dynamic(4, global);
            if (typeof r === 'string')
                error = r;
            else {
                space.add(r, name);
                got.push(r);
                added++;
            }
        }
        if (error === undefined && opts.ipv6 && !v6) {
            const r = this.dynamic(6, global);
            if (typeof r === 'string')
                error = r;
            else {
                space.add(r, name);
                got.push(r);
                added++;
            }
        }
        if (error !== undefined) {
            for (let i = 0; i < added; i++)
                space.remove(got[i], name);
            return error;
        }
        // an exact-size copy: a pushed-to array keeps room for 17 entries, and simulations keep every
        // cycle's subnets (a million of these arrays was a third of a large check's memory)
        const subnets = got.length === 1 ? this.single(got[0]) : got.slice();
        this.store(name, slot, subnets, written, global);
        return subnets;
    }
    remove(name) {
        const n = this.network(name);
        if (!n)
            return;
        const space = n.global ? this.global : this.local;
        // a network holds exactly the subnets it was created with
        for (let i = 0; i < n.subnets.length; i++)
            space.remove(n.subnets[i], name);
        n.alive = false;
        n.labels = undefined;
        this.alive--;
    }
    /** Daemon restart: the cursor goes back to 0; networks survive; docker0 is re-chosen with custom pools. */
    restart() {
        this.localRR?.reset();
        this.globalRR?.reset();
        if (this.setup.bridgeNone)
            return;
        // custom pools: dockerd deletes docker0 at start and elects again (with bip too)
        const rechoose = this.usesCustomPools() || this.docker0Prefix === null;
        if (!rechoose)
            return;
        if (this.docker0Prefix)
            this.local.remove(this.docker0Prefix, DOCKER0);
        this.docker0Prefix = null;
        this.startDocker0();
    }
    subnetsOf(name) {
        if (name === DOCKER0)
            return this.docker0Prefix ? [formatPrefix(this.docker0Prefix)] : undefined;
        const n = this.network(name);
        return n ? labelsOf(n) : undefined;
    }
    subnetPrefixesOf(name) {
        if (name === DOCKER0)
            return this.docker0Prefix ? [this.docker0Prefix] : undefined;
        return this.network(name)?.subnets;
    }
    /** networks alive, docker0 included */
    get networkCount() {
        return this.alive + (this.docker0Prefix ? 1 : 0);
    }
    /**
     * What decides future allocations besides the networks themselves, as numbers written to `out` from
     * index n on (returns the index after them): the round-robin cursors (-1 under first-fit) and
     * docker0's subnet. With the set of networks (name, owner, subnets) this is the whole state;
     * `stateKey` is the same as text.
     */
    encodeState(out, n) {
        out[n++] = this.localRR?.cursor ?? -1;
        out[n++] = this.globalRR?.cursor ?? -1;
        if (this.docker0Prefix)
            return encodePrefix(this.docker0Prefix, out, n);
        out[n++] = 0;
        return n;
    }
    /** A canonical text of everything that decides future allocations (for period detection). */
    stateKey() {
        return `${this.localRR?.cursor ?? ''}|${this.globalRR?.cursor ?? ''}|${this.local.key()}|${this.global.key()}`;
    }
    localAllocations() {
        return this.local.all();
    }
    /** the host prefixes the engine avoids by itself (nameservers; routes per the version's rule) */
    hostAvoided() {
        return this.hostPrefixes;
    }
}
const v6Words = new WeakMap();
/**
 * A prefix as numbers, written to `out` from index n on (returns the index after them): family, address
 * (one number for IPv4, four 32-bit words for IPv6), length.
 */
function encodePrefix(p, out, n) {
    if (p.family === 4) {
        out[n] = 4;
        out[n + 1] = p.addr;
        out[n + 2] = p.bits;
        return n + 3;
    }
    let w = v6Words.get(p);
    if (!w) {
        const a = p.addr;
        w = [Number((a >> 96n) & 0xffffffffn), Number((a >> 64n) & 0xffffffffn), Number((a >> 32n) & 0xffffffffn), Number(a & 0xffffffffn)];
        v6Words.set(p, w);
    }
    out[n] = 6;
    out[n + 1] = w[0];
    out[n + 2] = w[1];
    out[n + 3] = w[2];
    out[n + 4] = w[3];
    out[n + 5] = p.bits;
    return n + 6;
}
/**
 * Explicit subnets are parsed on every `up` of every cycle: the parse (ip-cidr) is memoised. Bounded, since
 * the texts come from the input; cleared when it grows past a limit.
 */
const subnetCache = new Map();
function parseSubnet(text) {
    let r = subnetCache.get(text);
    if (r === undefined) {
        const p = parsePrefix(text);
        r = 'error' in p ? p.error : p.prefix;
        if (subnetCache.size >= 10_000)
            subnetCache.clear();
        subnetCache.set(text, r);
    }
    return r;
}
/** Go's %v of the candidate list: "[a b c]" (shortened past 64 entries) */
function goList(list) {
    const n = Math.min(list.length, 64);
    const items = Array.from({ length: n }, (_, i) => formatPrefix(entryAt(list, i)));
    return `[${items.join(' ')}${list.length > n ? ` … (${list.length} in all)` : ''}]`;
}
function mustPrefix(text) {
    const r = parsePrefix(text);
    if ('error' in r)
        throw new Error(r.error);
    return r.prefix;
}
function mustAddress(text) {
    const r = parseAddress(text);
    if ('error' in r)
        throw new Error(r.error);
    return r;
}

;// CONCATENATED MODULE: ./src/simulate/host.ts


/** default SimulationInput.maxWork */
const DEFAULT_MAX_WORK = 100_000;
/**
 * A network whose subnets are all written in the compose file counts as 1/PINNED_SHARE of a result
 * towards maxWork: it moves no cursor, walks no candidates, and its allocation record is the same object
 * every cycle, so it costs a fraction of a dynamic one in time and memory. With 8,000 pinned networks
 * next to one dynamic one, the 31-candidate walk of the built-in pools repeats within the budget.
 */
const PINNED_SHARE = 8;
/** The state of cycle c (1 ≤ c ≤ N), whatever N is. */
function cycleAt(r, c) {
    if (c <= r.window.length)
        return r.window[c - 1];
    if (!r.period)
        throw new Error(`cycle ${c} is beyond the simulated window`);
    const { preamble, length } = r.period;
    const same = preamble + ((c - preamble - 1) % length) + 1;
    return { ...r.window[same - 1], cycle: c };
}
/**
 * The first cycle in 0 (boot) … N at which `pred` holds for an allocation, or null. Only the stored
 * window is scanned: later cycles repeat it.
 */
function firstCycleWhere(r, pred) {
    // index loops: this runs over every stored allocation, and a for-of allocates its iterator steps
    // until the optimising compiler has the loop
    const boot = r.boot.allocations;
    for (let j = 0; j < boot.length; j++)
        if (pred(boot[j], r.boot))
            return { state: r.boot, allocation: boot[j] };
    const last = Math.min(r.window.length, r.cycles);
    for (let i = 0; i < last; i++) {
        const s = r.window[i];
        const as = s.allocations;
        for (let j = 0; j < as.length; j++)
            if (pred(as[j], s))
                return { state: s, allocation: as[j] };
    }
    return null;
}
/**
 * Networks of a project that `up` creates, pinned ones first (the order in which nothing races);
 * networks named in `last` go after all others.
 */
function creatable(p, last) {
    const nets = p.networks.filter((n) => !n.external && n.driver !== 'host' && n.driver !== 'none');
    const pinned = (n) => n.subnets.length > 0;
    const ordered = [...nets.filter(pinned), ...nets.filter((n) => !pinned(n))];
    if (!last || last.size === 0)
        return ordered;
    return [...ordered.filter((n) => !last.has(n.name)), ...ordered.filter((n) => last.has(n.name))];
}
function createOptions(n) {
    if (n.ipamDriver !== 'default')
        return null; // a plugin draws from no Docker pool
    return {
        // left out when there are none: the daemon's common path then never looks at an array
        subnets: n.subnets.length > 0 ? n.subnets.map((s) => s.cidr) : undefined,
        driver: n.driver,
        ipv6: n.enableIpv6,
        ipv4: n.enableIpv4,
    };
}
/**
 * The networks of one host as compose sees them, over the daemon. Network and project names are
 * numbered in order of first appearance (a name keeps its number for the whole simulation), so that
 * the per-cycle bookkeeping is array indexing and the state encodes in a canonical order.
 */
class HostRun {
    daemon;
    last;
    watch;
    /** by network id: the id of the project that created it, -1 when the network does not exist */
    owner = [];
    /** by network id: its subnets while it exists */
    subnets = [];
    /**
     * by network id: ids of the projects currently using it (created or joined), without repeats. A
     * small array: almost every network has one user, and a Set's delete and clear on every cycle were
     * a tenth of the simulation.
     */
    users = [];
    plans = new Map();
    netIds = new Map();
    projectIds = new Map();
    /** the first lost race of each watched network (SimulationInput.watchRaces) */
    races = new Map();
    /** watched networks created in the `up` under way, whose race is not decided yet */
    pending = [];
    /** the `up` under way and the network it is creating (for RaceHit) */
    cycle = 0;
    project = '';
    creating = '';
    constructor(daemon, last, watch) {
        this.daemon = daemon;
        this.last = last;
        this.watch = watch;
        if (watch && watch.size > 0)
            daemon.beforeDynamic = (family, global) => this.checkRaces(family, global);
    }
    /**
     * Before a dynamic request in an `up` that already created watched networks: would the request pick a
     * subnet overlapping one of them, were that one not created yet? Asked for all of them at once (a pick
     * that overlaps none of the absent networks is the pick with any one of them absent), then one by one
     * for those a pick overlaps together.
     */
    checkRaces(family, global) {
        let open = this.pending.filter((t) => t.global === global && !this.races.has(t.name));
        while (open.length > 0) {
            const pick = this.daemon.pickWithout(family, global, open.map((t) => t.name));
            if (!pick)
                break;
            const hit = open.filter((t) => t.subnets.some((q) => overlaps(q, pick)));
            if (hit.length === 0)
                break;
            if (hit.length === 1)
                this.lose(hit[0].name, pick);
            else {
                for (const t of hit) {
                    const alone = this.daemon.pickWithout(family, global, [t.name]);
                    if (alone && t.subnets.some((q) => overlaps(q, alone)))
                        this.lose(t.name, alone);
                }
            }
            open = open.filter((t) => !hit.includes(t));
        }
        if (this.pending.some((t) => this.races.has(t.name)))
            this.pending = this.pending.filter((t) => !this.races.has(t.name));
    }
    lose(name, pick) {
        this.races.set(name, { cycle: this.cycle, project: this.project, network: this.creating, pick });
    }
    idOf(ids, name) {
        let id = ids.get(name);
        if (id === undefined) {
            id = ids.size;
            ids.set(name, id);
        }
        return id;
    }
    /**
     * by network id: its last allocation record. First-fit hands the same subnets (the same array) to a
     * network every cycle, and the window keeps every cycle: the record is shared while nothing in it
     * changes. (A round-robin walk rarely gives a network the same subnet twice within one period, so a
     * map of every record made was a lookup and an insert per allocation for nothing.)
     */
    records = [];
    allocation(id, project, n, subnets) {
        let a = this.records[id];
        // the record is shared only when everything in it is the same (a network name belongs to one project)
        if (!a || a.subnets !== subnets || a.project !== project || a.source !== n) {
            a = { project, network: n.name, source: n, subnets, pinned: n.subnets.length > 0 };
            this.records[id] = a;
        }
        return a;
    }
    planOf(p) {
        let plan = this.plans.get(p);
        if (!plan) {
            const netPlan = (net) => {
                const id = this.idOf(this.netIds, net.name);
                if (this.owner.length <= id)
                    this.owner.push(-1); // ids grow one at a time
                return { net, id, opts: createOptions(net) };
            };
            plan = { pid: this.idOf(this.projectIds, p.name), up: creatable(p, this.last).map(netPlan), down: creatable(p).map(netPlan) };
            this.plans.set(p, plan);
        }
        return plan;
    }
    up(p, into, plan = this.planOf(p)) {
        const { pid, up } = plan;
        for (let k = 0; k < up.length; k++) {
            const { net: n, id, opts } = up[k];
            let users = this.users[id];
            if (!users) {
                users = [];
                this.users[id] = users;
            }
            if (!users.includes(pid))
                users.push(pid);
            if (this.owner[id] >= 0)
                continue; // already there (shared by name): joined, not created
            if (!opts)
                continue;
            if (this.pending.length > 0) {
                this.cycle = into.cycle;
                this.project = p.name;
                this.creating = n.name;
            }
            const r = this.daemon.createPrefixes(n.name, opts);
            if (typeof r === 'string') {
                into.failures.push({ project: p.name, network: n.name, source: n, error: r });
                continue;
            }
            this.owner[id] = pid;
            this.subnets[id] = r;
            into.allocations.push(this.allocation(id, p.name, n, r));
            if (this.watch !== undefined && this.watch.has(n.name) && !this.races.has(n.name)) {
                this.pending.push({ name: n.name, subnets: r, global: opts.driver === 'overlay' });
            }
        }
        if (this.pending.length > 0)
            this.pending = [];
    }
    /** `compose down`: removes the networks the project created unless another project still uses them */
    down(p, plan = this.planOf(p)) {
        const { pid, down } = plan;
        for (let k = 0; k < down.length; k++) {
            const { net: n, id } = down[k];
            const users = this.users[id];
            if (users) {
                const at = users.indexOf(pid);
                if (at >= 0) {
                    // order does not matter: swap with the last and drop it
                    users[at] = users[users.length - 1];
                    users.pop();
                }
            }
            if (this.owner[id] !== pid)
                continue;
            if (users && users.length > 0)
                continue; // "Resource is still in use"
            this.daemon.remove(n.name);
            this.owner[id] = -1;
            this.subnets[id] = undefined;
            // (the array is already empty here: kept for the next `up`)
        }
    }
    /**
     * The state that decides every later cycle, as numbers: the daemon's cursors and docker0, then each
     * network alive (by id, so in a canonical order) with its creator and subnets. Two states are equal
     * exactly when their encodings are (ids are assigned once per simulation, names never share an id).
     */
    encode(out, from) {
        let n = this.daemon.encodeState(out, from);
        const { owner, subnets } = this;
        for (let id = 0; id < owner.length; id++) {
            if (owner[id] < 0)
                continue;
            const s = subnets[id];
            out[n] = id;
            out[n + 1] = owner[id];
            out[n + 2] = s.length;
            n += 3;
            for (let i = 0; i < s.length; i++)
                n = encodePrefix(s[i], out, n);
        }
        return n;
    }
}
/** FNV-1a over 32-bit words of the numbers (integers up to 2^53) */
function hashOf(xs, length) {
    let h = 0x811c9dc5;
    for (let i = 0; i < length; i++) {
        const x = xs[i];
        h = Math.imul(h ^ (x >>> 0), 0x01000193);
        h = Math.imul(h ^ Math.floor(x / 4294967296), 0x01000193);
    }
    return h >>> 0;
}
/**
 * The arena of the last simulation, handed to the next (a check simulates hundreds of hosts one after
 * another, and each grew a fresh arena by doubling). Only arenas up to 8 MB are kept.
 */
let spareArena = null;
const KEPT_ARENA = 1 << 20;
function takeArena() {
    const a = spareArena ?? new Float64Array(1024);
    spareArena = null;
    return a;
}
/**
 * Every state seen after a cycle, found by hash and compared exactly. The encodings live end to end in
 * one growing Float64Array (exact for integers up to 2^53: cursors, IPv4 addresses, 32-bit IPv6 words),
 * so a million remembered states cost a few allocations, not a million.
 */
class SeenStates {
    /** hash → the cycle (or cycles, on a collision) whose state has that hash */
    byHash = new Map();
    arena = takeArena();
    used = 0;
    /** by cycle: where its state starts in the arena (its end is the next one's start) */
    starts = [];
    /** true when the state stored for `cycle` equals state[0 … length) from index `first` on */
    matches(state, length, cycle, first) {
        const from = this.starts[cycle];
        const to = cycle + 1 < this.starts.length ? this.starts[cycle + 1] : this.used;
        if (to - from !== length)
            return false;
        const { arena } = this;
        for (let i = first; i < length; i++)
            if (arena[from + i] !== state[i])
                return false;
        return true;
    }
    /**
     * The earlier cycle that ended in the same state (state[0 … length)), or undefined (and this state is
     * remembered as the one of `cycle`). Cycles are visited in order 0, 1, 2, …
     */
    visit(state, length, cycle) {
        const h = hashOf(state, length);
        const hit = this.byHash.get(h);
        if (typeof hit === 'number') {
            if (this.matches(state, length, hit, 0))
                return hit;
        }
        else if (hit) {
            for (const c of hit)
                if (this.matches(state, length, c, 0))
                    return c;
        }
        if (this.used + length > this.arena.length) {
            const bigger = new Float64Array(Math.max(this.arena.length * 2, this.used + length));
            bigger.set(this.arena.subarray(0, this.used));
            this.arena = bigger;
        }
        this.starts.push(this.used);
        const { arena, used } = this;
        for (let i = 0; i < length; i++)
            arena[used + i] = state[i];
        this.used = used + length;
        if (hit === undefined)
            this.byHash.set(h, cycle);
        else if (typeof hit === 'number')
            this.byHash.set(h, [hit, cycle]);
        else
            hit.push(cycle);
        return undefined;
    }
    /** true when the state stored for `cycle` equals state[0 … length) apart from its first number (the restart phase) */
    sameApartFromPhase(state, length, cycle) {
        return this.matches(state, length, cycle, 1);
    }
    /** gives the arena back for the next simulation (this one is done with it) */
    release() {
        if (this.arena.length <= KEPT_ARENA)
            spareArena = this.arena;
    }
}
function simulateHost(input) {
    const daemon = new SimDaemon({ ...input.setup, engine: input.behaviour.version }, input.behaviour);
    const run = new HostRun(daemon, input.createLast, input.watchRaces);
    const boot = { cycle: 0, allocations: [], failures: [], alive: 0 };
    const d0 = daemon.subnetPrefixesOf(DOCKER0);
    if (d0)
        boot.allocations.push({ project: null, network: DOCKER0, subnets: d0, pinned: !!input.setup.bip });
    for (const hp of input.projects)
        if (hp.lifecycle === 'persistent')
            run.up(hp.project, boot);
    const cycling = input.projects.filter((hp) => hp.lifecycle === 'cycling');
    boot.alive = daemon.networkCount;
    const window = [];
    const seen = new SeenStates();
    const enc = [];
    const maxWindow = input.maxWindow ?? 2_000_000;
    const maxWork = input.maxWork ?? DEFAULT_MAX_WORK;
    let work = 0;
    // runs of host-rejected candidates the daemon skipped in one step (each counts as one more result)
    let skips = daemon.skips;
    let period = null;
    let peak = boot.alive;
    const K = input.restartEvery;
    // each cycling project's plan, made in the order the first cycle would make them (it numbers the names)
    const plans = cycling.map((hp) => run.planOf(hp.project));
    if (cycling.length > 0) {
        // the state as numbers in enc[0 … encLength): the restart phase, then the encoding; the array is
        // written over in place every cycle (it only grows)
        enc[0] = 0;
        let encLength = run.encode(enc, 1);
        seen.visit(enc, encLength, 0);
        /**
         * true when the last cycle left the state exactly as it found it and no restart followed: every
         * cycle until the next restart is then the same (a cycle is a function of the state), and is copied
         * instead of replayed. With restarts every K cycles, a first-fit host used to replay K identical
         * cycles between two restarts before the state with its restart phase could repeat.
         */
        let still = false;
        for (let c = 1; c <= input.cycles && c <= maxWindow && work < maxWork; c++) {
            let state;
            if (still) {
                state = { ...window[window.length - 1], cycle: c };
            }
            else {
                state = { cycle: c, allocations: [], failures: [], alive: 0 };
                for (let k = 0; k < cycling.length; k++) {
                    run.down(cycling[k].project, plans[k]);
                    run.up(cycling[k].project, state, plans[k]);
                }
                state.alive = daemon.networkCount;
                if (state.alive > peak)
                    peak = state.alive;
                // exact-size arrays: the window keeps every cycle (see SimDaemon.createPrefixes)
                state.allocations = state.allocations.slice();
                if (state.failures.length > 0)
                    state.failures = state.failures.slice();
            }
            window.push(state);
            let pinned = 0;
            const as = state.allocations;
            for (let i = 0; i < as.length; i++)
                if (as[i].pinned)
                    pinned++;
            work += Math.max(1, as.length - pinned + pinned / PINNED_SHARE + state.failures.length) + (daemon.skips - skips);
            skips = daemon.skips;
            const restarted = K > 0 && c % K === 0;
            if (restarted)
                daemon.restart();
            if (input.detectPeriod === false)
                continue;
            if (still && !restarted) {
                enc[0] = K > 0 ? c % K : 0; // the same state in the next phase
            }
            else {
                enc[0] = K > 0 ? c % K : 0;
                encLength = run.encode(enc, 1);
            }
            const prev = seen.visit(enc, encLength, c);
            if (prev !== undefined) {
                period = { preamble: prev, length: c - prev };
                break;
            }
            // (the state after the previous cycle is the one stored for it)
            if (!restarted && !still)
                still = seen.sameApartFromPhase(enc, encLength, c - 1);
            else if (restarted)
                still = false;
        }
    }
    seen.release();
    const truncated = cycling.length > 0 && period === null && window.length < input.cycles;
    return {
        input,
        boot,
        bootError: daemon.bootError,
        window,
        period,
        cycles: input.cycles,
        peakNetworks: peak,
        truncated,
        stoppedBy: !truncated ? null : work >= maxWork ? 'work' : 'window',
        work,
        maxWork,
        maxWindow,
        races: run.races,
    };
}

;// CONCATENATED MODULE: ./src/rules/facts.ts




function spaceOf(n) {
    return n.driver === 'overlay' ? 'global' : 'local';
}
/** The networks of a project that `up` creates (never external ones, never host/none). */
function createdNetworks(networks) {
    return networks.filter((n) => !n.external && n.driver !== 'host' && n.driver !== 'none');
}
/** One HostCheck per host (the first engine model): for rules whose answer does not depend on the model. */
function hostsOnce(ctx) {
    const seen = new Set();
    const out = [];
    for (const hc of ctx.hosts) {
        if (seen.has(hc.host.name))
            continue;
        seen.add(hc.host.name);
        out.push(hc);
    }
    return out;
}
/** Every pinned subnet on a host: docker0's bip and fixed-cidr, then each project's in bring-up order. */
function pinnedSubnets(hc) {
    const out = [];
    const d = hc.daemon;
    if (!d.bridgeNone?.value) {
        for (const [kind, v] of [['bip', d.bip], ['fixed-cidr', d.fixedCidr]]) {
            if (!v)
                continue;
            const p = parsePrefix(v.value);
            if ('error' in p)
                continue;
            out.push({ kind, project: null, lifecycle: null, network: 'bridge', cidr: v.value, prefix: p.prefix, pos: v.pos, space: 'local', dockerIpam: true });
        }
    }
    for (const hp of bringUpOrder(hc)) {
        for (const n of createdNetworks(hp.project.networks)) {
            for (const s of n.subnets) {
                const p = parsePrefix(s.cidr);
                if ('error' in p)
                    continue;
                out.push({
                    kind: 'compose',
                    project: hp.project.name,
                    lifecycle: hp.lifecycle,
                    network: n.name,
                    source: n,
                    subnet: s,
                    cidr: s.cidr,
                    prefix: p.prefix,
                    pos: s.pos ?? n.pos,
                    space: spaceOf(n),
                    dockerIpam: n.ipamDriver === 'default',
                });
            }
        }
    }
    return out;
}
/** Persistent projects (up at boot) first, then cycling ones, each in the inventory's order. */
function bringUpOrder(hc) {
    return [...hc.projects.filter((p) => p.lifecycle === 'persistent'), ...hc.projects.filter((p) => p.lifecycle === 'cycling')];
}
/** true when some project on the host creates a swarm overlay network */
function usesOverlay(hc) {
    return hc.projects.some((hp) => createdNetworks(hp.project.networks).some((n) => spaceOf(n) === 'global'));
}
/** The pools a space allocates from on this host. */
function poolSpecs(hc, space) {
    const setup = hc.sim.input.setup;
    if (space === 'global')
        return setup.swarmPools ?? BUILTIN_SWARM_POOLS;
    return setup.defaultAddressPools && setup.defaultAddressPools.length > 0 ? setup.defaultAddressPools : BUILTIN_LOCAL_POOLS;
}
function poolBases(specs) {
    const out = [];
    for (const s of specs) {
        const p = parsePrefix(s.base);
        if (!('error' in p))
            out.push(p.prefix);
    }
    return out;
}
function hostPrefixes(hc) {
    const out = [];
    for (const r of hc.host.routes) {
        const p = parseAddress(r.value);
        if (!('error' in p))
            out.push({ kind: 'route', text: r.value, prefix: p, pos: r.pos });
    }
    for (const n of hc.host.nameservers) {
        const p = parseAddress(n.value);
        if (!('error' in p))
            out.push({ kind: 'nameserver', text: n.value, prefix: p, pos: n.pos });
    }
    return out;
}
function hostPrefixLabel(h, host) {
    return h.kind === 'route' ? `the on-link route ${h.text} of host ${host}` : `nameserver ${h.text} of host ${host}`;
}
// ---------------------------------------------------------------------------------------------
// Private address space
const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
const ULA = 'fc00::/7';
const CGNAT = '100.64.0.0/10';
function prefixes(list) {
    return list.map((c) => {
        const p = parsePrefix(c);
        if ('error' in p)
            throw new Error(p.error);
        return p.prefix;
    });
}
const PRIVATE_V4 = prefixes(RFC1918);
const PRIVATE_V6 = prefixes([ULA]);
const CGNAT_PREFIX = prefixes([CGNAT])[0];
/** The private ranges, as prefixes, for a family. */
function privateSpace(family, allowCgnat) {
    if (family === 6)
        return PRIVATE_V6;
    return allowCgnat ? [...PRIVATE_V4, CGNAT_PREFIX] : PRIVATE_V4;
}
/** true when the whole prefix lies inside RFC 1918 / RFC 4193 (and 100.64.0.0/10 when allowed). */
function isPrivate(p, allowCgnat) {
    return privateSpace(p.family, allowCgnat).some((r) => prefix_contains(r, p));
}
function isCgnat(p) {
    return p.family === 4 && prefix_contains(CGNAT_PREFIX, p);
}
/**
 * The pinned subnets grouped so that two subnets can overlap only within a group: by address space and
 * family, each group one outermost prefix and every subnet inside it (prefixes nest or are disjoint).
 * Returns, by index into `list`, the group's members in list order. Sorting makes it O(n log n): rules
 * that compared every pair were O(n²), a minute for 8,000 pinned networks.
 */
function overlapGroups(list) {
    const order = list.map((_, i) => i);
    const key = (s) => `${s.space}${s.prefix.family}`;
    order.sort((a, b) => {
        const x = list[a];
        const y = list[b];
        const kx = key(x);
        const ky = key(y);
        if (kx !== ky)
            return kx < ky ? -1 : 1;
        if (x.prefix.addr !== y.prefix.addr)
            return x.prefix.addr < y.prefix.addr ? -1 : 1;
        return x.prefix.bits - y.prefix.bits || a - b;
    });
    const groups = new Array(list.length);
    let cur = [];
    let curKey = '';
    let curEnd = -1;
    for (const i of order) {
        const s = list[i];
        const p = s.prefix;
        const end = p.family === 4 ? lastAddr4(p) : lastAddr6(p);
        if (key(s) !== curKey || cur.length === 0 || p.addr > curEnd) {
            cur = [];
            curKey = key(s);
            curEnd = end;
        }
        cur.push(i);
        groups[i] = cur;
    }
    for (const g of new Set(groups))
        g.sort((a, b) => a - b);
    return groups;
}
// ---------------------------------------------------------------------------------------------
// Wording
/** "At daemon start" / "On redeploy 14" */
function whenText(cycle) {
    return cycle === 0 ? 'At daemon start' : `On redeploy ${groupDigits(cycle)}`;
}
function count(n) {
    return groupDigits(n);
}
function facts_plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
// ---------------------------------------------------------------------------------------------
// Beyond N
/** A cycle count large enough that the simulation stops at the period, never at N. */
const ALL_CYCLES = Number.MAX_SAFE_INTEGER;
/**
 * The simulation of this host over every cycle there will ever be (it stops at the period), for
 * questions like "on which redeploy would this be reached, if not within N". Returns the same result
 * when it already covers every cycle.
 */
function simulateForever(sim, extra = {}) {
    const covers = sim.period !== null || sim.window.length < sim.cycles || sim.input.projects.every((p) => p.lifecycle === 'persistent');
    if (covers && Object.keys(extra).length === 0)
        return sim;
    return simulateHost({ ...sim.input, ...extra, cycles: ALL_CYCLES });
}

;// CONCATENATED MODULE: ./src/rules/rule.ts
function modelLabel(model) {
    return model === 'round-robin' ? 'Engine ≤ 26, round-robin' : 'Engine ≥ 27, first-fit';
}
function reservedLabel(r) {
    return r.name ? `${r.cidr} (${r.name})` : r.cidr;
}

;// CONCATENATED MODULE: ./src/rules/reserved-collision.ts
// reserved-collision: the first cycle (per host and engine model) on which a Docker network would
// overlap a reserved range — a peered VPC, a database network, a VPN — that the host reaches through
// its default gateway. Docker cannot see such networks and takes the range; the host loses them.
// Swarm overlay networks draw from the swarm pools (10.0.0.0/8 by default) and skip even the host-route
// check, so for them the host's own on-link routes and nameservers count as reserved too.






function allocationSpace(a) {
    return a.source ? spaceOf(a.source) : 'local';
}
/** true when this subnet of the allocation was written by hand (compose ipam.config, or bip for docker0) */
function isPinnedSubnet(a, p, bipPinned) {
    if (!a.source)
        return bipPinned;
    if (!a.pinned)
        return false;
    return a.source.subnets.some((s) => {
        const w = parsePrefix(s.cidr);
        return !('error' in w) && equal(w.prefix, p);
    });
}
/**
 * The reserved ranges as a set to probe in O(log n) (an inventory may list 100,000 of them, and every
 * subnet of every stored cycle is probed), worked out once per list: the check, the rule (per address
 * space) and every fix proof ask again with the same list.
 */
const reservedSets = new WeakMap();
function reservedSet(reserved) {
    const hit = reservedSets.get(reserved);
    if (hit && hit.length === reserved.length)
        return hit.set;
    const set = new PrefixSet(reserved.map((r) => r.prefix));
    reservedSets.set(reserved, { length: reserved.length, set });
    return set;
}
/**
 * By simulation: the reserved list asked about and the answer. The rule asks once per address space
 * and the host report once more; each question used to be a walk over every stored cycle.
 */
const collisionMemo = new WeakMap();
function collisionsOf(hc, reserved) {
    const known = collisionMemo.get(hc.sim);
    if (known && known.reserved === reserved && known.length === reserved.length && known.hc.host === hc.host)
        return known.found;
    const found = { any: null, local: null, global: null };
    collisionMemo.set(hc.sim, { reserved, length: reserved.length, hc, found });
    const bipPinned = !!hc.sim.input.setup.bip;
    // overlay networks must also stay clear of the host's own routes and nameservers (after the reserved ranges)
    const hostTargets = hostPrefixes(hc);
    if (reserved.length === 0 && hostTargets.length === 0)
        return found;
    const set = reservedSet(reserved);
    /** the first target (reserved ranges, then for overlays the host's prefixes) that p overlaps */
    const targetOf = (p, space) => {
        if (set.overlapsAny(p)) {
            const r = reserved.find((rr) => overlaps(rr.prefix, p));
            return { ...r, label: `reserved ${reservedLabel(r.range)}` };
        }
        if (space === 'local')
            return undefined;
        const h = hostTargets.find((hh) => overlaps(hh.prefix, p));
        if (!h)
            return undefined;
        const name = hostPrefixLabel(h, hc.host.name);
        return { range: { cidr: h.text, name, pos: h.pos }, prefix: h.prefix, label: name };
    };
    const hasGlobal = hc.sim.input.projects.some((hp) => hp.project.networks.some((n) => spaceOf(n) === 'global'));
    const collision = (state, a, p, t) => ({
        cycle: state.cycle,
        allocation: a,
        subnet: formatPrefix(p),
        reserved: { range: t.range, prefix: t.prefix },
        label: t.label,
    });
    firstCycleWhere(hc.sim, (a, state) => {
        const space = allocationSpace(a);
        // an allocation can answer only what is still open (the walk goes on to the end for an address
        // space that never collides, and most allocations of a colliding walk hit a range again)
        if (found.any !== null && found[space] !== null)
            return false;
        for (let k = 0; k < a.subnets.length; k++) {
            const p = a.subnets[k];
            if (found.any !== null && isPinnedSubnet(a, p, bipPinned))
                continue;
            const t = targetOf(p, space);
            if (!t)
                continue;
            if (!found.any)
                found.any = collision(state, a, p, t);
            if (!found[space] && !isPinnedSubnet(a, p, bipPinned))
                found[space] = collision(state, a, p, t);
        }
        // done when every question has its answer (a host without overlay networks has no global one)
        return found.any !== null && found.local !== null && (found.global !== null || !hasGlobal);
    });
    return found;
}
/**
 * The first collision of a simulated host with any reserved range, or null: of any subnet in any
 * address space, or (dynamicOnly) of the subnets Docker chose in one address space.
 */
function firstCollision(hc, reserved, opts = {}) {
    const found = collisionsOf(hc, reserved);
    if (opts.dynamicOnly && opts.space)
        return found[opts.space];
    if (!opts.dynamicOnly && !opts.space)
        return found.any;
    throw new Error('firstCollision: dynamicOnly and space go together');
}
function where(hc, a) {
    if (a.source)
        return a.source.pos;
    return hc.daemon.defaultAddressPools?.pos ?? hc.host.pos;
}
const reservedCollision = {
    id: 'reserved-collision',
    defaultSeverity: 'error',
    shortDescription: 'A redeploy puts a Docker network on a reserved range',
    fullDescription: 'Docker picks subnets for networks created without one by itself and only avoids the host\'s on-link routes. ' +
        'Networks reached through the default gateway (peered VPCs, cloud databases, VPNs) are invisible to it. ' +
        'On Engine ≤ 26 every `docker compose down && up` moves a project to the next pool, so after enough redeploys a bridge ' +
        'covers such a network and the host silently loses its route to it. Swarm overlay networks take /24s from the swarm ' +
        'pool (10.0.0.0/8 by default) without even checking the host\'s own routes and nameservers.',
    help: 'Pin the project\'s subnets outside every reserved range (`networks: <name>: ipam: config: - subnet: …`) or give the daemon ' +
        '`default-address-pools` that avoid them (subnet-guard prints a proven block), then restart dockerd. For overlay networks, ' +
        'pin the subnet or re-create the swarm with `docker swarm init --default-addr-pool <free range>`.',
    check(ctx) {
        const out = [];
        for (const hc of ctx.hosts) {
            for (const space of ['local', 'global']) {
                const c = firstCollision(hc, ctx.reserved, { dynamicOnly: true, space });
                if (!c)
                    continue;
                out.push({
                    rule: this.id,
                    severity: this.defaultSeverity,
                    message: space === 'local' ? localMessage(hc, c) : overlayMessage(hc, c),
                    ...findingAt(where(hc, c.allocation)),
                    host: hc.host.name,
                    model: hc.behaviour.model,
                    cycle: c.cycle,
                });
            }
        }
        return out;
    },
};
function localMessage(hc, c) {
    const a = c.allocation;
    const who = a.project === null ? 'docker0 (the default bridge)' : `network ${a.network} of project ${a.project}`;
    return (`${whenText(c.cycle)}, ${who} gets ${c.subnet}, which overlaps ${c.label} ` +
        `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)}). From then on the host routes that range into the bridge ` +
        `and can no longer reach it. Fix: pin this network's subnet outside the reserved ranges, or apply the proven ` +
        '`default-address-pools` block for this host.');
}
function overlayMessage(hc, c) {
    const a = c.allocation;
    return (`${whenText(c.cycle)}, overlay network ${a.network} of project ${a.project} gets ${c.subnet} from the swarm pool, ` +
        `which overlaps ${c.label} ` +
        `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)}). Containers on that network can no longer reach it: swarm ` +
        'overlays skip Docker\'s host-route check. Fix: pin the subnet under `ipam.config`, or re-create the swarm with ' +
        '`docker swarm init --default-addr-pool <free private range>` (daemon.json `default-address-pools` does not apply to overlays).');
}

;// CONCATENATED MODULE: ./src/rules/daemon-pool-reserved.ts
// daemon-pool-reserved: a daemon.json `default-address-pools` base overlaps a reserved range, so Docker
// will hand out subnets on it sooner or later. An error when a redeploy within the N checked reaches the
// overlapping part, a warning otherwise — with the redeploy on which it would be reached, found by
// replaying the host until its allocation pattern repeats.






function reach(sim, base, r) {
    const bipPinned = !!sim.input.setup.bip;
    let subnet = '';
    const found = firstCycleWhere(sim, (a) => {
        if (allocationSpace(a) !== 'local')
            return false;
        for (const p of a.subnets) {
            if (isPinnedSubnet(a, p, bipPinned))
                continue;
            if (overlaps(p, base) && overlaps(p, r.prefix)) {
                subnet = formatPrefix(p);
                return true;
            }
        }
        return false;
    });
    return found ? { cycle: found.state.cycle, allocation: found.allocation, subnet } : null;
}
const daemonPoolReserved = {
    id: 'daemon-pool-reserved',
    defaultSeverity: 'error',
    shortDescription: 'A default-address-pools base overlaps a reserved range',
    fullDescription: 'A `default-address-pools` entry in daemon.json covers a range listed under `reserved:` in the inventory, so sooner or later ' +
        'Docker allocates a network on it and the host loses its route to the real network. An error when a redeploy within the ' +
        'checked number reaches it, a warning otherwise, with the redeploy on which it would.',
    help: 'Move the pool base out of every reserved range (subnet-guard prints a proven `default-address-pools` block), restart dockerd and recreate the networks.',
    check(ctx) {
        const out = [];
        for (const hc of ctx.hosts) {
            const pools = hc.daemon.defaultAddressPools?.value ?? [];
            const where = `on host ${hc.host.name} (${modelLabel(hc.behaviour.model)})`;
            let forever;
            for (const entry of pools) {
                const b = parsePrefix(entry.base.value);
                if ('error' in b)
                    continue;
                for (const r of ctx.reserved) {
                    if (!overlaps(b.prefix, r.prefix))
                        continue;
                    const head = `default-address-pools base ${entry.base.value} overlaps reserved ${reservedLabel(r.range)}`;
                    const fix = 'Fix: move the base out of the reserved ranges (apply the proven block for this host) and restart dockerd.';
                    const base = { rule: this.id, ...findingAt(entry.base.pos ?? entry.pos), host: hc.host.name, model: hc.behaviour.model };
                    const now = reach(hc.sim, b.prefix, r);
                    if (now) {
                        const who = now.allocation.project === null ? 'docker0' : `network ${now.allocation.network} of project ${now.allocation.project}`;
                        out.push({
                            ...base,
                            severity: 'error',
                            message: `${head}: ${whenText(now.cycle).toLowerCase()} ${where}, ${who} gets ${now.subnet} from it and the host can no longer reach that range. ${fix}`,
                            cycle: now.cycle,
                        });
                        continue;
                    }
                    forever ??= simulateForever(hc.sim);
                    const later = forever === hc.sim ? null : reach(forever, b.prefix, r);
                    out.push({
                        ...base,
                        severity: 'warning',
                        message: later
                            ? `${head}: no redeploy within the ${count(ctx.cycles)} checked reaches it ${where}, but redeploy ${count(later.cycle)} would ` +
                                `(${later.subnet}), and any further network brings that closer. ${fix}`
                            : `${head}: the current projects never reach it ${where}, but more networks alive at once would. ${fix}`,
                        ...(later ? { cycle: later.cycle } : {}),
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/forwarding-disabled.ts
// forwarding-disabled: daemon.json turns off `ip-forward` or `iptables` on a host where a project
// publishes ports. Published ports reach containers through DNAT and kernel forwarding; with
// "ip-forward": false Docker no longer enables forwarding, and with "iptables": false it writes no NAT
// rules at all.


function publishers(hc) {
    const out = [];
    for (const hp of hc.projects) {
        for (const p of hp.project.publishedPorts) {
            out.push({ project: hp.project.name, service: p.service, where: p.pos ? ` (${p.pos.file}:${p.pos.line})` : '' });
        }
    }
    return out;
}
function list(ps) {
    const shown = ps.slice(0, 3).map((p) => `service ${p.service} of project ${p.project}${p.where}`);
    const more = ps.length > 3 ? ` and ${ps.length - 3} more` : '';
    return shown.join(', ') + more;
}
const forwardingDisabled = {
    id: 'forwarding-disabled',
    defaultSeverity: 'error',
    shortDescription: 'daemon.json turns off ip-forward or iptables while ports are published',
    fullDescription: 'Published ports reach containers through NAT rules and the kernel\'s IP forwarding. With `"ip-forward": false` Docker no longer ' +
        'turns forwarding on, so unless something else does, connections from other machines to published ports and traffic from ' +
        'containers to the outside are dropped. With `"iptables": false` Docker writes no NAT rules: containers cannot reach the ' +
        'outside, and published ports are served only by the userland proxy (when enabled), which hides clients\' addresses.',
    help: 'Remove `"ip-forward": false` / `"iptables": false` from daemon.json (or set them to true) and restart dockerd — or stop publishing ports on this host.',
    check(ctx) {
        const out = [];
        for (const hc of hostsOnce(ctx)) {
            const ps = publishers(hc);
            if (ps.length === 0)
                continue;
            const base = { rule: this.id, severity: this.defaultSeverity, host: hc.host.name };
            const fwd = hc.daemon.ipForward;
            if (fwd && fwd.value === false) {
                out.push({
                    ...base,
                    message: `On host ${hc.host.name}, daemon.json sets "ip-forward": false while ${list(ps)} ${ps.length === 1 ? 'publishes' : 'publish'} ports: ` +
                        'Docker no longer turns on IP forwarding, so unless something else does, connections from other machines to those ports ' +
                        'are dropped and containers cannot reach anything outside the host. Fix: remove the setting (or set it to true) and restart dockerd.',
                    ...findingAt(fwd.pos),
                });
            }
            const ipt = hc.daemon.iptables;
            if (ipt && ipt.value === false) {
                out.push({
                    ...base,
                    message: `On host ${hc.host.name}, daemon.json sets "iptables": false while ${list(ps)} ${ps.length === 1 ? 'publishes' : 'publish'} ports: ` +
                        'Docker writes no NAT rules, so containers cannot reach anything outside the host and the ports are served only by the ' +
                        'userland proxy (if enabled), which hides the clients\' addresses. Fix: remove the setting (or set it to true) and restart dockerd.',
                    ...findingAt(ipt.pos),
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/mtu-exceeds-underlay.ts
// mtu-exceeds-underlay: a network's MTU is larger than the host's underlay MTU (inventory `underlay-mtu`,
// e.g. 1442 on an OpenStack/OVN Geneve tenant network). Docker never detects the underlay (docker-ipam.md §6):
//   - docker0: daemon.json `mtu`, else 1500;
//   - a bridge network: driver_opts com.docker.network.driver.mtu, else daemon.json
//     `default-network-opts.bridge` (Engine ≥ 24), else 1500;
//   - an overlay network: the same option (or `default-network-opts.overlay`) is the size of the VXLAN
//     packets on the underlay; containers get that − 50 (1450 by default). So the option, not the
//     container MTU, must fit the underlay: option 1442 gives containers 1392 and packets of 1442.
// Small packets pass, so ping works; full-size ones are dropped, so TLS handshakes and downloads hang.



const mtu_exceeds_underlay_MTU_OPTION = 'com.docker.network.driver.mtu';
const DEFAULT_MTU = 1500;
/** VXLAN encapsulation overhead the overlay driver subtracts */
const VXLAN_OVERHEAD = 50;
/** true when the engine applies daemon.json `default-network-opts` (Engine ≥ 24; assumed when unknown) */
function supportsDefaultNetworkOpts(version) {
    let v;
    try {
        v = parseEngineVersion(version);
    }
    catch {
        return true;
    }
    return v === 'unknown' || v[0] >= 24;
}
/** The MTU option in effect for a compose network on this host. */
function networkMtu(hc, n) {
    if (n.mtu && n.mtu.value > 0)
        return { value: n.mtu.value, source: 'driver-opt', pos: n.mtu.pos };
    const opt = supportsDefaultNetworkOpts(hc.host.engine.value) ? hc.daemon.defaultNetworkOpts?.[n.driver]?.[mtu_exceeds_underlay_MTU_OPTION] : undefined;
    const v = opt ? parseMtu(opt) : null;
    if (opt && v)
        return { value: v, source: 'default-network-opts', pos: opt.pos };
    return { value: DEFAULT_MTU, source: 'default', pos: n.pos };
}
function parseMtu(opt) {
    const t = opt.value.trim();
    return /^\d+$/.test(t) && Number(t) > 0 ? Number(t) : null;
}
/** docker0's MTU */
/** Each bridge or overlay network the host creates (once per name) whose MTU exceeds the underlay's. */
function networksOverMtu(hc, underlay) {
    const out = [];
    const seen = new Set();
    for (const hp of hc.projects) {
        for (const n of createdNetworks(hp.project.networks)) {
            if ((n.driver !== 'bridge' && n.driver !== 'overlay') || seen.has(n.name))
                continue;
            seen.add(n.name);
            const mtu = networkMtu(hc, n);
            if (mtu.value > underlay)
                out.push({ project: hp.project, network: n, mtu });
        }
    }
    return out;
}
function docker0Mtu(hc) {
    const m = hc.daemon.mtu;
    if (m && m.value > 0)
        return { value: m.value, source: 'daemon-mtu', pos: m.pos };
    return { value: DEFAULT_MTU, source: 'default', pos: hc.host.underlayMtu?.pos ?? hc.host.pos };
}
function mtu_exceeds_underlay_origin(m) {
    switch (m.source) {
        case 'driver-opt':
            return `its driver option ${mtu_exceeds_underlay_MTU_OPTION}`;
        case 'default-network-opts':
            return 'daemon.json default-network-opts';
        case 'daemon-mtu':
            return 'daemon.json "mtu"';
        case 'default':
            return 'Docker\'s default';
    }
}
const SYMPTOM = 'ping and small requests still work, but full-size packets are dropped, so TLS handshakes and package downloads (apt, pip, npm, ' +
    'docker pull from inside containers) hang';
const mtuExceedsUnderlay = {
    id: 'mtu-exceeds-underlay',
    defaultSeverity: 'error',
    shortDescription: 'A network\'s MTU is larger than the host\'s underlay MTU',
    fullDescription: 'Docker gives every bridge an MTU of 1500 unless told otherwise and never looks at the underlay. On a host whose network ' +
        'carries less (a Geneve or VXLAN tenant network with MTU 1442 or 1450, WireGuard 1420, some CI runners) full-size packets ' +
        'from containers do not fit: ping works, but TLS handshakes and package downloads from containers hang. For overlay ' +
        'networks the driver option is the size of the VXLAN packets on the underlay (containers get 50 bytes less), so it is the ' +
        'option that must fit.',
    help: 'Set the MTU to the underlay\'s: `driver_opts: {com.docker.network.driver.mtu: "<mtu>"}` on the network, or in daemon.json ' +
        '`"mtu": <mtu>` for docker0 and `"default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "<mtu>"}}` for every ' +
        'new network (Engine ≥ 24). Confirm the path MTU with `ping -M do -s <mtu−28> <peer>`.',
    check(ctx) {
        const out = [];
        for (const hc of hostsOnce(ctx)) {
            const underlay = hc.host.underlayMtu?.value;
            if (!underlay || underlay <= 0)
                continue;
            const dno = supportsDefaultNetworkOpts(hc.host.engine.value);
            const base = { rule: this.id, severity: this.defaultSeverity, host: hc.host.name };
            const head = `On host ${hc.host.name} (underlay MTU ${underlay})`;
            if (!hc.daemon.bridgeNone?.value) {
                const m = docker0Mtu(hc);
                if (m.value > underlay) {
                    out.push({
                        ...base,
                        message: `${head}, docker0 has MTU ${m.value} (${mtu_exceeds_underlay_origin(m)}): containers on the default bridge send packets the underlay cannot ` +
                            `carry — ${SYMPTOM}. Fix: set "mtu": ${underlay} in daemon.json.`,
                        ...findingAt(m.pos),
                    });
                }
            }
            for (const { project, network: n, mtu: m } of networksOverMtu(hc, underlay)) {
                const overlay = n.driver === 'overlay';
                const what = overlay
                    ? `overlay network ${n.name} of project ${project.name} has ${mtu_exceeds_underlay_MTU_OPTION} ${m.value} (${mtu_exceeds_underlay_origin(m)}): containers get ` +
                        `MTU ${m.value - VXLAN_OVERHEAD} and VXLAN adds ${VXLAN_OVERHEAD} bytes, so packets of ${m.value} bytes reach an underlay that carries ${underlay}`
                    : `network ${n.name} of project ${project.name} has MTU ${m.value} (${mtu_exceeds_underlay_origin(m)}): containers send packets the underlay cannot carry`;
                const setIt = m.source === 'default-network-opts'
                    ? `set "${mtu_exceeds_underlay_MTU_OPTION}": "${underlay}" under default-network-opts.${n.driver} in daemon.json`
                    : `set driver_opts: {${mtu_exceeds_underlay_MTU_OPTION}: "${underlay}"} on the network` +
                        (m.source === 'default' && dno ? ` (or "default-network-opts": {"${n.driver}": {"${mtu_exceeds_underlay_MTU_OPTION}": "${underlay}"}} in daemon.json)` : '');
                out.push({
                    ...base,
                    message: `${head}, ${what} — ${SYMPTOM}. Fix: ${setIt}${overlay ? `; containers then get MTU ${underlay - VXLAN_OVERHEAD}` : ''}.`,
                    ...findingAt(m.pos),
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/fix/space.ts
// Free private address space: aligned blocks that overlap none of a set of prefixes. The order in which
// space is taken is fixed (so suggestions are stable): the top of 10.0.0.0/8 first (10.200–10.255, then
// 10.128–10.199, then 10.0–10.127), then 172.16.0.0/12, then 192.168.0.0/16 — the last two are where
// home routers, VPNs and Docker's own defaults live. 100.64.0.0/10 is never suggested.
//
// Cost: the avoided prefixes are sorted once and merged into disjoint runs; each candidate block is one
// binary search, and a blocked candidate jumps past the whole run that blocks it. So a search is
// O(n log n) in the avoided prefixes (it was a scan of every prefix per candidate: 100,000 reserved
// ranges took seconds), and FreeSpace4.take answers repeated searches without sorting again.

const ORDER_V4 = [
    '10.200.0.0/13', // 10.200–10.207
    '10.208.0.0/12', // 10.208–10.223
    '10.224.0.0/11', // 10.224–10.255
    '10.128.0.0/10', // 10.128–10.191
    '10.192.0.0/13', // 10.192–10.199
    '10.0.0.0/9', // 10.0–10.127
    '172.16.0.0/12',
    '192.168.0.0/16',
];
function space_v4(text) {
    const p = parsePrefix(text);
    if ('error' in p || p.prefix.family !== 4)
        throw new Error(`bad prefix ${text}`);
    return p.prefix;
}
/** The private IPv4 regions in the order space is taken from. */
const PRIVATE_ORDER_V4 = ORDER_V4.map(space_v4);
/**
 * The IPv4 space taken by a set of prefixes, as sorted disjoint runs (overlapping and adjacent prefixes
 * merged), and searches for free aligned blocks in private space in the fixed preference order.
 * Blocks can be added (a block handed out is no longer free); the space only ever fills up.
 */
class FreeSpace4 {
    /** run i covers starts[i] … ends[i] (inclusive); starts ascending, ends[i] + 1 < starts[i + 1] */
    starts = [];
    ends = [];
    /** per block length, where take() found its last block: nothing before it can be free again */
    cursors = new Map();
    constructor(avoid) {
        const iv = [];
        for (const p of avoid)
            if (p.family === 4)
                iv.push([p.addr, p.addr + 2 ** (32 - p.bits) - 1]);
        iv.sort((a, b) => a[0] - b[0]);
        for (const [s, e] of iv) {
            const last = this.ends.length - 1;
            if (last >= 0 && s <= this.ends[last] + 1) {
                if (e > this.ends[last])
                    this.ends[last] = e;
            }
            else {
                this.starts.push(s);
                this.ends.push(e);
            }
        }
    }
    /** Marks a prefix as taken (IPv6 is ignored). */
    add(p) {
        if (p.family !== 4)
            return;
        let s = p.addr;
        let e = p.addr + 2 ** (32 - p.bits) - 1;
        // runs that overlap or touch [s, e]: from the last run starting at or before s − 1 … the last starting at or before e + 1
        let lo = this.lastStartAtOrBefore(s - 1);
        if (lo < 0 || this.ends[lo] + 1 < s)
            lo++;
        const hi = this.lastStartAtOrBefore(e + 1);
        if (lo <= hi) {
            s = Math.min(s, this.starts[lo]);
            e = Math.max(e, this.ends[hi]);
        }
        this.starts.splice(lo, Math.max(0, hi - lo + 1), s);
        this.ends.splice(lo, Math.max(0, hi - lo + 1), e);
    }
    /**
     * Up to `n` aligned blocks of length `bits` in private space, overlapping nothing taken and each
     * other, in the fixed preference order (the space is not changed).
     */
    blocks(bits, n) {
        const out = [];
        if (n <= 0)
            return out;
        this.walk(bits, n, { region: 0, addr: PRIVATE_ORDER_V4[0].addr }, out);
        return out;
    }
    /** The first free block of length `bits` (as blocks(bits, 1)), marked as taken; null when none is left. */
    take(bits) {
        const from = this.cursors.get(bits) ?? { region: 0, addr: PRIVATE_ORDER_V4[0].addr };
        const out = [];
        const at = this.walk(bits, 1, from, out);
        this.cursors.set(bits, at);
        const b = out[0] ?? null;
        if (b)
            this.add(b);
        return b;
    }
    /** The index of the last run starting at or before x, or −1. */
    lastStartAtOrBefore(x) {
        let lo = 0;
        let hi = this.starts.length - 1;
        let found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            if (this.starts[mid] <= x) {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }
    /** The end of the run that overlaps [a, b] (the last one, when several do), or −1 when none does. */
    coverEnd(a, b) {
        const i = this.lastStartAtOrBefore(b);
        return i >= 0 && this.ends[i] >= a ? this.ends[i] : -1;
    }
    /** Collects free blocks from `from` on until `n` are in `out`; returns where the last one found is (or the end). */
    walk(bits, n, from, out) {
        const step = 2 ** (32 - bits);
        for (let r = from.region; r < PRIVATE_ORDER_V4.length; r++) {
            const region = PRIVATE_ORDER_V4[r];
            if (region.bits > bits)
                continue;
            const end = region.addr + 2 ** (32 - region.bits);
            let addr = r === from.region ? Math.max(from.addr, region.addr) : region.addr;
            while (addr < end) {
                const covered = this.coverEnd(addr, addr + step - 1);
                if (covered < 0) {
                    out.push({ family: 4, addr, bits });
                    if (out.length >= n)
                        return { region: r, addr };
                    addr += step;
                    continue;
                }
                // jump past the run (aligned to the block size): every candidate before that overlaps it
                addr = Math.max(addr + step, Math.ceil((covered + 1) / step) * step);
            }
        }
        return { region: PRIVATE_ORDER_V4.length, addr: 0 };
    }
}
/**
 * Up to `n` aligned IPv4 blocks of length `bits` in private space, overlapping nothing in `avoid` and
 * each other, in the fixed preference order.
 */
function freeBlocks4(avoid, bits, n) {
    return new FreeSpace4(avoid).blocks(bits, n);
}
/** The first free block of `bits` (see freeBlocks4), or null. */
function freeBlock4(avoid, bits) {
    return freeBlocks4(avoid, bits, 1)[0] ?? null;
}
/** true when p lies in one of the regions suggestions are taken from */
function inSuggestedSpace(p) {
    return PRIVATE_ORDER_V4.some((r) => contains(r, p));
}

;// CONCATENATED MODULE: ./src/rules/pinned-reserved-overlap.ts
// pinned-reserved-overlap: a subnet written by hand — compose `ipam.config[].subnet`, daemon.json `bip`
// or `fixed-cidr` — overlaps a reserved range, or the host's own on-link routes or nameservers. Docker
// never checks explicit subnets against anything but its own networks (docker-ipam.md §2.4), so the
// collision happens on the very first `up`.





function overlapsOf(hc, ctx, p) {
    const out = [];
    for (const r of ctx.reserved) {
        if (overlaps(r.prefix, p))
            out.push({ label: `reserved ${reservedLabel(r.range)}`, effect: 'the host routes those addresses into the bridge and can no longer reach them' });
    }
    for (const h of hostPrefixes(hc)) {
        if (!overlaps(h.prefix, p))
            continue;
        out.push({
            label: hostPrefixLabel(h, hc.host.name),
            effect: h.kind === 'route' ? 'the bridge competes with the host\'s own network and the host loses it' : 'DNS queries to that nameserver go into the bridge and name resolution stops',
        });
    }
    return out;
}
function subject(s) {
    switch (s.kind) {
        case 'bip':
            return `daemon.json "bip" ${s.cidr} (docker0)`;
        case 'fixed-cidr':
            return `daemon.json "fixed-cidr" ${s.cidr} (docker0)`;
        case 'compose':
            return `network ${s.network} of project ${s.project} pins ${s.cidr}`;
    }
}
/** suggestSubnet's answers by host check, context and prefix length (it depends on nothing else) */
const suggested = new WeakMap();
/** A same-size subnet nothing on the host uses, outside the pools (so it does not race either). */
function suggestSubnet(hc, ctx, p) {
    if (p.family !== 4)
        return null;
    let byCtx = suggested.get(hc);
    if (!byCtx)
        suggested.set(hc, (byCtx = new WeakMap()));
    let byBits = byCtx.get(ctx);
    if (!byBits)
        byCtx.set(ctx, (byBits = new Map()));
    let hit = byBits.get(p.bits);
    if (hit === undefined) {
        hit = freeSubnet(hc, ctx, p.bits);
        byBits.set(p.bits, hit);
    }
    return hit;
}
function freeSubnet(hc, ctx, bits) {
    const avoid = [
        ...ctx.reserved.map((r) => r.prefix),
        ...hostPrefixes(hc).map((h) => h.prefix),
        ...pinnedSubnets(hc).map((s) => s.prefix),
        ...poolBases(poolSpecs(hc, 'local')),
        ...(usesOverlay(hc) ? poolBases(poolSpecs(hc, 'global')) : []),
    ];
    const b = freeBlock4(avoid, bits);
    return b ? formatPrefix(b) : null;
}
const pinnedReservedOverlap = {
    id: 'pinned-reserved-overlap',
    defaultSeverity: 'error',
    shortDescription: 'An explicit subnet overlaps a reserved range or the host\'s own network',
    fullDescription: 'A subnet written by hand — compose `ipam.config`, daemon.json `bip` or `fixed-cidr` — overlaps a range listed under ' +
        '`reserved:` in the inventory, or one of the host\'s on-link routes or nameservers. Docker checks explicit subnets only ' +
        'against its own networks, so the bridge is created anyway, on the very first `up`, and the host routes that range into it.',
    help: 'Choose a subnet outside every reserved range and the host\'s own networks (the message suggests a free one), then recreate the network.',
    check(ctx) {
        const out = [];
        for (const hc of hostsOnce(ctx)) {
            const pinned = pinnedSubnets(hc);
            const bipHits = pinned.some((s) => s.kind === 'bip' && overlapsOf(hc, ctx, s.prefix).length > 0);
            for (const s of pinned) {
                if (s.kind === 'fixed-cidr' && bipHits)
                    continue; // fixed-cidr lies inside bip: one finding is enough
                const hits = overlapsOf(hc, ctx, s.prefix);
                if (hits.length === 0)
                    continue;
                const cycle = s.lifecycle === 'cycling' ? 1 : 0;
                const when = s.kind === 'compose' ? (cycle === 0 ? 'when the project comes up at boot' : 'on the first `up`') : 'when dockerd starts';
                const better = suggestSubnet(hc, ctx, s.prefix);
                out.push({
                    rule: this.id,
                    severity: this.defaultSeverity,
                    message: `On host ${hc.host.name}, ${subject(s)}, which overlaps ${hits.map((h) => h.label).join(' and ')}: ${when}, ${hits[0].effect}. ` +
                        `Docker never checks explicit subnets against the host's networks. Fix: use a subnet outside them` +
                        (better ? `, e.g. ${better}.` : '.'),
                    ...findingAt(s.pos),
                    host: hc.host.name,
                    cycle,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/pinned-conflict.ts
// pinned-conflict: two networks on the same host pin overlapping subnets — in one project or across
// projects, or a compose subnet against docker0's bip. Docker refuses the second network ("Pool overlaps
// with other one on this address space"), so whichever comes up second fails to start.





function label(s) {
    if (s.project === null)
        return `docker0 (daemon.json "${s.kind}" ${s.cidr})`;
    return `network ${s.network} of project ${s.project} (${s.cidr})`;
}
function at(pos) {
    return pos ? ` at ${pos.file}:${pos.line}` : '';
}
/** The pinned subnets that Docker's IPAM holds (fixed-cidr only when there is no bip). */
function held(hc) {
    const all = pinnedSubnets(hc);
    const hasBip = all.some((s) => s.kind === 'bip');
    return all.filter((s) => !(s.kind === 'fixed-cidr' && hasBip));
}
const pinnedConflict = {
    id: 'pinned-conflict',
    defaultSeverity: 'error',
    shortDescription: 'Two explicit subnets on the same host overlap',
    fullDescription: 'Two networks on one host — in the same project, in different projects, or a compose network and docker0\'s `bip` — pin ' +
        'overlapping subnets. Docker refuses to create the second one ("Pool overlaps with other one on this address space"), so ' +
        'whichever project comes up second fails; with two redeployed projects they take turns failing.',
    help: 'Give every pinned network on the host its own subnet (the message suggests a free one), or drop the pin and let Docker choose.',
    check(ctx) {
        const out = [];
        for (const hc of hostsOnce(ctx)) {
            const list = held(hc);
            const groups = overlapGroups(list);
            const quote = `"${DOCKER_ERRORS.poolOverlap(hc.behaviour.model)}"`;
            for (let j = 0; j < list.length; j++) {
                const second = list[j];
                let first;
                for (const k of groups[j]) {
                    if (k >= j)
                        break;
                    const f = list[k];
                    if (f.space === second.space && f.network !== second.network && overlaps(f.prefix, second.prefix)) {
                        first = f;
                        break;
                    }
                }
                if (!first)
                    continue;
                const sameProject = first.project !== null && first.project === second.project;
                const cycle = second.lifecycle === 'cycling' ? 1 : 0;
                const who = sameProject
                    ? `Compose creates the networks of project ${second.project} in random order, and whichever of the two comes second is refused`
                    : `${second.project === null ? 'dockerd' : `\`docker compose up\` of project ${second.project}`} fails${cycle === 1 ? ' on its first `up`' : ' at boot'}`;
                const better = suggestSubnet(hc, ctx, second.prefix);
                out.push({
                    rule: this.id,
                    severity: this.defaultSeverity,
                    message: `On host ${hc.host.name}, ${label(second)} overlaps ${label(first)}${at(first.pos)}. Docker refuses the second network with ` +
                        `${quote}: ${who}. Fix: give one of them a subnet of its own${better ? `, e.g. ${better}` : ''}.`,
                    ...findingAt(second.pos),
                    host: hc.host.name,
                    cycle,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/pinned-pool-race.ts
// pinned-pool-race: a pinned subnet lies inside the pools Docker allocates from. Explicit subnets are
// checked only against networks that already exist (docker-ipam.md §2.4) and Compose creates a project's
// networks in random order (compose-networks.md §4), so whenever a network created without a subnet
// gets the covering pool first, `up` fails with "Pool overlaps with other one on this address space".
//
// How the cycle is found: the simulation creates pinned networks first (the order in which nothing
// races). Replaying the host with one pinned network created last instead gives exactly the same
// timeline up to the first `up` on which a dynamic network takes the covering pool — the first cycle on
// which the race can be lost. A failure already in the pinned-first timeline (a network of a project that
// came up earlier holds the pool) is certain, not a race: that is an error.








function states(sim) {
    return [sim.boot, ...sim.window.slice(0, Math.min(sim.window.length, sim.cycles))];
}
/** The first cycle on which creating `network` failed with the pool-overlap error, with who held the pool. */
function firstPoolOverlap(sim, network, prefix, model) {
    const text = DOCKER_ERRORS.poolOverlap(model);
    const all = states(sim);
    for (let i = 0; i < all.length; i++) {
        const s = all[i];
        if (!s.failures.some((f) => f.network === network && f.error === text))
            continue;
        // the holder was created in this cycle, at boot, or in the cycle before
        const look = [s, sim.boot, ...(i > 1 ? [all[i - 1]] : [])];
        let blocker = null;
        for (const st of look) {
            for (const a of st.allocations) {
                const p = a.subnets.find((q) => overlaps(q, prefix));
                if (p && a.network !== network) {
                    blocker = { project: a.project, network: a.network, subnet: formatPrefix(p) };
                    break;
                }
            }
            if (blocker)
                break;
        }
        return { state: s, blocker };
    }
    return null;
}
/** The pool entries (as written, or Docker's built-in ones) a pinned subnet lies in. */
function poolText(hc, s) {
    const specs = poolSpecs(hc, s.space);
    const hits = specs.filter((spec) => {
        const b = pinned_pool_race_parseBase(spec.base);
        return b !== null && overlaps(b, s.prefix);
    });
    const builtin = s.space === 'global' ? specs === BUILTIN_SWARM_POOLS : specs === BUILTIN_LOCAL_POOLS;
    const which = hits.map((h) => `${h.base} (split into /${h.size})`).join(', ');
    if (s.space === 'global')
        return `the swarm pool ${which}`;
    return builtin ? `Docker's built-in pool ${which}` : `the default-address-pools entry ${which}`;
}
function pinned_pool_race_parseBase(text) {
    const p = parsePrefix(text);
    return 'error' in p ? null : p.prefix;
}
function inPools(hc, s) {
    return poolSpecs(hc, s.space).some((spec) => {
        const b = pinned_pool_race_parseBase(spec.base);
        return b !== null && overlaps(b, s.prefix);
    });
}
/** true when another pinned subnet of a different network overlaps this one (pinned-conflict reports it) */
function conflicts(all, groups, i) {
    const s = all[i];
    return groups[i].some((k) => k !== i && all[k].space === s.space && all[k].network !== s.network && overlaps(all[k].prefix, s.prefix));
}
/**
 * The first race of `s` (within `cycles`), as a replay with its network created last would find it. One
 * watching simulation per host and horizon answers for every network the rule asks about (`watch`); a
 * race whose pick overlaps another of the network's subnets but not `s` itself names its blocker only
 * through the replay, which is then run up to that cycle.
 */
function raceOf(hc, watch, cycles, s, model) {
    let sim = watch.sims.get(cycles);
    if (!sim) {
        sim = simulateHost({ ...hc.sim.input, createLast: undefined, watchRaces: watch.names, cycles });
        watch.sims.set(cycles, sim);
    }
    const hit = sim.races.get(s.network);
    if (!hit)
        return null;
    const state = hit.cycle === 0 ? sim.boot : cycleAt(sim, hit.cycle);
    if (overlaps(hit.pick, s.prefix)) {
        return { state, blocker: { project: hit.project, network: hit.network, subnet: formatPrefix(hit.pick) } };
    }
    const replay = simulateHost({ ...hc.sim.input, createLast: new Set([s.network]), cycles: hit.cycle });
    return firstPoolOverlap(replay, s.network, s.prefix, model);
}
function blockerText(b) {
    if (!b)
        return 'a network created without a subnet';
    if (b.project === null)
        return `docker0 (${b.subnet})`;
    return `network ${b.network} of project ${b.project} (${b.subnet})`;
}
const pinnedPoolRace = {
    id: 'pinned-pool-race',
    defaultSeverity: 'warning',
    shortDescription: 'A pinned subnet lies inside the pools Docker allocates from',
    fullDescription: 'Docker checks an explicit subnet only against networks that already exist, and Compose creates a project\'s networks in ' +
        'random order. When a pinned subnet lies inside the candidate pools, a network created without a subnet can take the ' +
        'covering pool first, and `docker compose up` fails with "Pool overlaps with other one on this address space". The ' +
        'finding says on which redeploy that first becomes possible; it is an error when it happens whatever the order.',
    help: 'Pin subnets outside the pools Docker allocates from (the built-in ones are 172.17.0.0/16–172.31.0.0/16 and ' +
        '192.168.0.0/16; the message suggests a free subnet), or move `default-address-pools` away from the pinned subnets.',
    check(ctx) {
        const out = [];
        for (const hc of ctx.hosts) {
            const model = hc.behaviour.model;
            const all = pinnedSubnets(hc);
            const done = new Set();
            const groups = overlapGroups(all);
            const asked = all.filter((s, i) => s.kind === 'compose' && s.dockerIpam && inPools(hc, s) && !conflicts(all, groups, i));
            const watch = { names: new Set(asked.map((s) => s.network)), sims: new Map() };
            for (const s of asked) {
                if (done.has(s.network))
                    continue;
                done.add(s.network);
                const where = `network ${s.network} of project ${s.project} pins ${s.cidr}, inside ${poolText(hc, s)}, on host ${hc.host.name} (${modelLabel(model)})`;
                const better = suggestSubnet(hc, ctx, s.prefix);
                const fix = `Fix: pin a subnet outside the pools${better ? ` (e.g. ${better})` : ''}, or move default-address-pools away from ${s.cidr}.`;
                const quote = `"${DOCKER_ERRORS.poolOverlap(model)}"`;
                const base = { rule: this.id, ...findingAt(s.pos), host: hc.host.name, model };
                const certain = firstPoolOverlap(hc.sim, s.network, s.prefix, model);
                if (certain) {
                    out.push({
                        ...base,
                        severity: 'error',
                        message: `${whenText(certain.state.cycle)}, \`docker compose up\` of project ${s.project} fails with ${quote}: ${where}, and ` +
                            `${blockerText(certain.blocker)} already holds it. ${fix}`,
                        cycle: certain.state.cycle,
                    });
                    continue;
                }
                // The replay equals the real timeline up to the first race, which one watching simulation finds
                // for every pinned network of the host (races). When the real timeline repeats (it has a period)
                // or stopped at its budget and no race happened in it, the replay never needs to go further.
                const horizon = hc.sim.period ? Math.min(hc.sim.cycles, hc.sim.window.length) : hc.sim.cycles;
                const covered = hc.sim.period !== null || hc.sim.truncated;
                const hit = raceOf(hc, watch, covered ? horizon : ALL_CYCLES, s, model);
                if (hit && hit.state.cycle <= horizon) {
                    out.push({
                        ...base,
                        severity: this.defaultSeverity,
                        message: `${whenText(hit.state.cycle)} and later, \`docker compose up\` of project ${s.project} can fail with ${quote}: ${where}. ` +
                            `Compose creates networks in random order; when ${blockerText(hit.blocker)} is created first it takes that pool. ${fix}`,
                        cycle: hit.state.cycle,
                    });
                    continue;
                }
                const later = covered ? null : hit;
                out.push({
                    ...base,
                    severity: 'note',
                    message: later
                        ? `${where}. The race with networks created without a subnet first becomes possible on redeploy ${count(later.state.cycle)}, ` +
                            `beyond the ${count(ctx.cycles)} checked; then \`up\` can fail with ${quote}. ${fix}`
                        : `${where}. With the current projects no network created without a subnet reaches it, but any further network could, and ` +
                            `\`up\` would then fail with ${quote}. ${fix}`,
                    ...(later ? { cycle: later.state.cycle } : {}),
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/simulate/capacity.ts
// How many local candidates a host's engine offers, and how many are still free with a given set of
// subnets taken. Counting stops at a cap so that a 2^24-candidate pool costs nothing.





const COUNT_CAP = 100_000;
/** The IPv4 local candidates as a list of unique segments (first-fit pools become one segment each). */
function localCandidates(behaviour, pools) {
    const specs = pools && pools.length > 0 ? pools : BUILTIN_LOCAL_POOLS;
    if (behaviour.model === 'round-robin') {
        const l = expandRoundRobin(specs);
        const segments = l.segments.filter((s) => s.family === 4).map((s) => ({ ...s, count: s.unique }));
        return { segments, length: segments.reduce((n, s) => n + s.count, 0) };
    }
    const segments = expandFirstFit(specs)
        .pools.filter((p) => p.base.family === 4)
        .map((p) => {
        const count = 2 ** (p.size - p.base.bits);
        return { family: 4, base: p.base, size: p.size, count, unique: count };
    });
    return { segments, length: segments.reduce((n, s) => n + s.count, 0) };
}
/** Free candidates (at most COUNT_CAP) once `taken` are allocated. Duplicates count once. */
function freeCandidates(list, taken) {
    const space = new AddressSpace();
    for (const p of taken)
        space.add(p, 't');
    let n = 0;
    // segment by segment, in list order (a daemon.json may list a hundred thousand pools)
    for (const s of list.segments) {
        if (s.family !== 4)
            continue;
        let from = 0;
        const found = [];
        while (n < COUNT_CAP) {
            const j = firstFreeInSegment(s, from, s.count, space);
            if (j < 0)
                break;
            n++;
            found.push(nthSubnet(s.base, s.size, j));
            from = j + 1;
        }
        // mark them taken so that overlapping candidates of later segments are not counted again (the
        // candidates of one segment never overlap each other, so this can wait for the segment's end)
        for (const p of found)
            space.add(p, 't');
        if (n >= COUNT_CAP)
            break;
    }
    return n;
}
function formatCount(n) {
    return n >= COUNT_CAP ? `≥${groupDigits(COUNT_CAP)}` : String(n);
}

;// CONCATENATED MODULE: ./src/rules/pool-exhaustion.ts
// pool-exhaustion: more networks are alive at once on a host than its pools can hold, once docker0,
// pinned subnets and host routes are taken out. The simulation records the failed `network create`
// in CycleState.failures with Docker's own error for that engine (docker-ipam.md §4); this rule reports
// the first one per host and engine model, quoting it.





/** The first `network create` that found no free candidate, within the cycles checked. */
function firstExhaustion(sim, model) {
    const v4 = DOCKER_ERRORS.exhausted(model, 4);
    const v6 = DOCKER_ERRORS.exhausted(model, 6);
    const states = [sim.boot, ...sim.window.slice(0, Math.min(sim.window.length, sim.cycles))];
    for (const s of states) {
        for (const f of s.failures) {
            if (f.error === v4 || f.error === v6)
                return { state: s, failure: f, family: f.error === v6 && v6 !== v4 ? 6 : 4 };
        }
    }
    return null;
}
/** Local IPv4 candidates still usable once pinned subnets and the host's routes and nameservers are taken out. */
function usableCandidates(hc) {
    const list = localCandidates(hc.behaviour, hc.sim.input.setup.defaultAddressPools);
    const taken = [...pinnedSubnets(hc).filter((s) => s.space === 'local').map((s) => s.prefix), ...hostPrefixes(hc).map((h) => h.prefix)];
    return freeCandidates(list, taken);
}
const poolExhaustion = {
    id: 'pool-exhaustion',
    defaultSeverity: 'error',
    shortDescription: 'More networks are alive at once than the pools can hold',
    fullDescription: 'The networks alive at the same time on a host (docker0, persistent projects and the redeployed ones) need more subnets ' +
        'than the candidate pools offer once docker0, pinned subnets and host routes are taken out. Docker refuses to create the ' +
        'next network and `docker compose up` fails. On Engine ≤ 26 a network with `enable_ipv6` and no IPv6 subnet always fails ' +
        'unless default-address-pools has an IPv6 base.',
    help: 'Give the daemon `default-address-pools` with more, smaller subnets (for example a /16 base split into `size: 24`: 256 networks); ' +
        'subnet-guard prints a proven block. For IPv6, add an IPv6 ULA base (e.g. `{"base": "fd00:…::/48", "size": 64}`) or pin the subnet.',
    check(ctx) {
        const out = [];
        for (const hc of ctx.hosts) {
            const model = hc.behaviour.model;
            const where = `on host ${hc.host.name} (${modelLabel(model)})`;
            if (hc.sim.bootError) {
                out.push({
                    rule: this.id,
                    severity: this.defaultSeverity,
                    message: `dockerd does not start ${where}: "${hc.sim.bootError}" — no pool candidate is left for docker0 once the host's routes ` +
                        'and nameservers are taken out. Fix: give the daemon default-address-pools (or a bip) outside them.',
                    ...findingAt(hc.daemon.defaultAddressPools?.pos ?? hc.host.pos),
                    host: hc.host.name,
                    model,
                    cycle: 0,
                });
                continue;
            }
            const e = firstExhaustion(hc.sim, model);
            if (!e)
                continue;
            const n = e.failure.source;
            const overlay = spaceOf(n) === 'global';
            const alive = e.state.alive + e.state.failures.length;
            let why;
            if (e.family === 6) {
                why = model === 'round-robin'
                    ? 'it sets enable_ipv6 without an IPv6 subnet, and Engine ≤ 26 has no IPv6 pool unless default-address-pools lists an IPv6 base'
                    : 'the IPv6 pools have no /64 left';
            }
            else if (overlay) {
                why = `${facts_plural(alive, 'network')} would be alive at once and the swarm pool has no free subnet left`;
            }
            else {
                const usable = usableCandidates(hc);
                why =
                    `${facts_plural(alive, 'network')} (docker0 included) would be alive at once, but the pools offer only ` +
                        `${formatCount(usable)} ${usable === 1 ? 'subnet' : 'subnets'} once pinned subnets and the host's routes and nameservers are taken out`;
            }
            out.push({
                rule: this.id,
                severity: this.defaultSeverity,
                message: `${whenText(e.state.cycle)}, \`docker compose up\` of project ${e.failure.project} fails ${where}: network ${e.failure.network} ` +
                    `cannot be created — Docker says "${e.failure.error}". ${why[0].toUpperCase()}${why.slice(1)}. ` +
                    (e.family === 6
                        ? 'Fix: pin an IPv6 subnet (ULA, fd00::/8) for the network or add an IPv6 base to default-address-pools.'
                        : overlay
                            ? 'Fix: re-create the swarm with a larger --default-addr-pool.'
                            : 'Fix: apply the proven default-address-pools block for this host (more, smaller subnets).'),
                ...findingAt(n.pos),
                host: hc.host.name,
                model,
                cycle: e.state.cycle,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/public-range.ts
// public-range: a pool base, bip, fixed-cidr or pinned subnet lies (partly) outside private address
// space — RFC 1918 for IPv4, RFC 4193 unique local addresses (fc00::/7) for IPv6, and 100.64.0.0/10
// (RFC 6598 shared space) only where the inventory says `cgnat-is-private: true`. A bridge on real
// internet addresses hijacks them: the host sends traffic for them into the bridge.




function subjects(hc) {
    const out = [];
    for (const entry of hc.daemon.defaultAddressPools?.value ?? []) {
        const p = parsePrefix(entry.base.value);
        if ('error' in p)
            continue;
        out.push({ what: `default-address-pools base ${entry.base.value}`, cidr: entry.base.value, prefix: p.prefix, pos: entry.base.pos ?? entry.pos, pool: true });
    }
    for (const s of pinnedSubnets(hc)) {
        const what = s.kind === 'compose' ? `network ${s.network} of project ${s.project} pins ${s.cidr}, which is` : `daemon.json "${s.kind}" ${s.cidr} (docker0) is`;
        out.push({ what, cidr: s.cidr, prefix: s.prefix, pos: s.pos, pool: false });
    }
    return out;
}
const publicRange = {
    id: 'public-range',
    defaultSeverity: 'error',
    shortDescription: 'A pool, bip or pinned subnet lies outside private address space',
    fullDescription: 'A Docker network on public addresses hijacks real internet hosts: the host routes traffic for those addresses into the bridge, ' +
        'so the services that really live there become unreachable from the host and its containers. Private space is RFC 1918 ' +
        '(10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) and, for IPv6, RFC 4193 unique local addresses (fc00::/7). 100.64.0.0/10 is ' +
        'shared carrier-grade NAT space (RFC 6598, also used by Tailscale) and counts as private only where the inventory allows it. ' +
        'IPv6 outside fc00::/7 is a warning: it is right when the prefix is routed to this host.',
    help: 'Use RFC 1918 ranges (the message suggests a free one) or, for IPv6, a ULA prefix (fd00::/8). If 100.64.0.0/10 is not used by ' +
        'your ISP or a VPN here, set `cgnat-is-private: true` in the inventory. For an IPv6 prefix delegated to this host, suppress the ' +
        'finding with `# subnet-guard-ignore public-range: <why>`.',
    check(ctx) {
        const out = [];
        const allowCgnat = ctx.inventory.allowCgnat === true;
        for (const hc of hostsOnce(ctx)) {
            for (const s of subjects(hc)) {
                if (isPrivate(s.prefix, allowCgnat))
                    continue;
                let severity = this.defaultSeverity;
                let why;
                if (s.prefix.family === 6) {
                    severity = 'warning';
                    why =
                        'outside IPv6 unique local space (fc00::/7). Unless this prefix is routed to this host, the host sends traffic for those ' +
                            'addresses into the bridge instead of to their real owners.';
                }
                else if (isCgnat(s.prefix)) {
                    why =
                        'in 100.64.0.0/10, the shared address space of carrier-grade NAT and Tailscale (RFC 6598). If the host\'s provider or a VPN ' +
                            'uses it, that traffic goes into the bridge. Set `cgnat-is-private: true` in the inventory if neither does.';
                }
                else {
                    why =
                        `outside private address space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16): the host sends traffic for those real internet ` +
                            `addresses into the bridge, so whatever lives on ${s.cidr} becomes unreachable from the host and its containers.`;
                }
                const better = !s.pool && s.prefix.family === 4 ? suggestSubnet(hc, ctx, s.prefix) : null;
                const fix = s.pool
                    ? 'Fix: apply the proven default-address-pools block for this host (private space only).'
                    : `Fix: use a private subnet${better ? `, e.g. ${better}` : ''}.`;
                out.push({
                    rule: this.id,
                    severity,
                    message: `On host ${hc.host.name}, ${s.what}${s.pool ? ' lies' : ''} ${why} ${fix}`,
                    ...findingAt(s.pos),
                    host: hc.host.name,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/simulation-incomplete.ts
// simulation-incomplete: the simulation of a host stopped at one of its budgets (network results stored,
// or cycles) before it had answered every redeploy asked for, and before the allocation pattern repeated.
// The other rules then saw the first cycles only: a collision or a failure on a later redeploy would go
// unreported, so the check must not pass as clean. Every host × engine model that stopped early gets one
// finding naming how far it got and which limit it hit.



const simulationIncomplete = {
    id: 'simulation-incomplete',
    defaultSeverity: 'error',
    shortDescription: 'The simulation stopped at a budget before every redeploy was checked',
    fullDescription: 'subnet-guard replays a host until the allocation pattern repeats (then every later redeploy is known) or until the ' +
        'number of redeploys asked for is reached. To bound its time and memory it also stops after a fixed amount of work. ' +
        'When that budget runs out first, the redeploys after the last one simulated were not checked: a collision or a failed ' +
        '`docker compose up` there is not reported, so the result is not a pass.',
    help: 'Check fewer redeploys (`cycles` in the inventory or `--cycles`; the message says how many were answered), or make the ' +
        'allocation pattern repeat sooner: fewer networks on the host, pinned subnets for the many networks that never move, or ' +
        '`default-address-pools` with fewer candidates.',
    check(ctx) {
        const out = [];
        for (const hc of ctx.hosts) {
            const sim = hc.sim;
            if (!sim.truncated)
                continue;
            const answered = sim.window.length;
            const limit = sim.stoppedBy === 'window'
                ? `its limit of ${facts_plural(sim.maxWindow, 'simulated redeploy', 'simulated redeploys')}`
                : `its work budget of ${facts_plural(sim.maxWork, 'network creation', 'network creations')} (${count(sim.work)} made) before the allocation pattern repeated`;
            out.push({
                rule: this.id,
                severity: this.defaultSeverity,
                message: `On host ${hc.host.name} (${modelLabel(hc.behaviour.model)}) the simulation answered ${count(answered)} of the ` +
                    `${facts_plural(sim.cycles, 'redeploy', 'redeploys')} asked for: it stopped at ${limit}. Redeploys ${count(answered + 1)} ` +
                    `to ${count(sim.cycles)} were not checked, so a collision or a failure there is not reported. ` +
                    `Fix: check at most ${facts_plural(answered, 'redeploy', 'redeploys')} on this host, or make the pattern repeat sooner ` +
                    '(fewer networks, pinned subnets for the networks that never move, fewer pool candidates).',
                ...findingAt(hc.host.pos),
                host: hc.host.name,
                model: hc.behaviour.model,
                cycle: answered + 1,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/unset-variable.ts
// unset-variable: a subnet, a network name or an MTU depends on a variable that is unset in this check,
// so the value checked (the default after `:-`, or the empty string) may not be the one deployed — CI
// rarely sees the production `.env` (compose-networks.md §7).


function samePos(a, b) {
    return !!a && !!b && a.file === b.file && a.line === b.line && a.column === b.column;
}
function unsetOf(origin) {
    const out = [];
    for (const o of origin ?? []) {
        if (!o.unset && !o.usedDefault)
            continue;
        if (out.some((v) => v.variable === o.variable))
            continue;
        out.push({ variable: o.variable, usedDefault: o.usedDefault });
    }
    return out;
}
/** Every subnet, name and MTU of the project's networks that depends on an unset variable. */
function unsetUses(p) {
    const out = [];
    const warned = p.warnings.filter((w) => w.code === 'unset-variable' && w.variable);
    // the loader drops an MTU option that interpolated to "" and says so with a warning at the same place
    const emptyMtu = p.warnings.filter((w) => w.code === 'other' && /the MTU option is empty/.test(w.message));
    for (const n of createdNetworks(p.networks)) {
        for (const s of n.subnets) {
            const vars = unsetOf(s.origin);
            if (vars.length)
                out.push({ what: `the subnet ${s.cidr} of network ${n.name}`, pos: s.pos ?? n.pos, vars });
        }
        const nameVars = unsetOf(n.nameOrigin);
        if (nameVars.length)
            out.push({ what: `the name ${n.name} of network ${n.key}`, pos: n.namePos ?? n.pos, vars: nameVars });
        const mtuPos = n.mtu?.pos;
        for (const w of warned) {
            if (samePos(w.pos, mtuPos) || emptyMtu.some((e) => samePos(e.pos, w.pos) && belongsTo(e.message, n))) {
                out.push({ what: `the MTU of network ${n.name}`, pos: w.pos, vars: [{ variable: w.variable, usedDefault: false }] });
            }
        }
    }
    return out;
}
function belongsTo(message, n) {
    return message.startsWith(`networks.${n.key}:`);
}
function describe(v) {
    return v.usedDefault ? `${v.variable} is not set (or empty), so its default was used` : `${v.variable} is not set, so Compose substituted an empty string`;
}
const unsetVariable = {
    id: 'unset-variable',
    defaultSeverity: 'warning',
    shortDescription: 'A subnet, network name or MTU depends on an unset variable',
    fullDescription: 'Compose interpolates `${VAR}` from the environment and `.env`; an unset variable becomes its default (`${VAR:-default}`) or an ' +
        'empty string. CI rarely sees the production `.env`, so the subnet, network name or MTU checked here may not be the one ' +
        'deployed, and the check says nothing about the real one.',
    help: 'Set the variable for this host in the inventory (`env:` or `env-file:`), or write the value into the compose file.',
    check(ctx) {
        const out = [];
        for (const hc of hostsOnce(ctx)) {
            for (const hp of hc.projects) {
                for (const u of unsetUses(hp.project)) {
                    out.push({
                        rule: this.id,
                        severity: this.defaultSeverity,
                        message: `On host ${hc.host.name}, ${u.what} (project ${hp.project.name}) depends on ${u.vars.map((v) => '$' + v.variable).join(', ')}: ` +
                            `${u.vars.map(describe).join('; ')}. If the server's environment sets it, the deployed value differs from the one checked. ` +
                            `Fix: set ${u.vars.map((v) => v.variable).join(', ')} for host ${hc.host.name} in the inventory (env: or env-file:).`,
                        ...findingAt(u.pos),
                        host: hc.host.name,
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts











const RULES = [
    reservedCollision,
    pinnedReservedOverlap,
    pinnedPoolRace,
    pinnedConflict,
    poolExhaustion,
    daemonPoolReserved,
    publicRange,
    mtuExceedsUnderlay,
    forwardingDisabled,
    unsetVariable,
    simulationIncomplete,
];
function runRules(ctx, rules = RULES) {
    return rules.flatMap((r) => r.check(ctx));
}
function ruleById(id) {
    return RULES.find((r) => r.id === id);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/rules/suppress.ts
// Suppressions: an inline comment on the offending line or on its own line just above it,
//     # subnet-guard-ignore RULE[, RULE…]: reason
// (a reason is required), and a baseline file of accepted findings identified by stable fingerprints.
// Suppressed findings stay in the report with `suppressed: true` and the reason. A comment without a
// reason, or naming a rule that does not exist, suppresses nothing and is itself a finding
// (invalid-suppression). Pure: files are read through the Reader.


const BASELINE_FILE = '.subnet-guard-baseline.json';
const DIRECTIVE = 'subnet-guard-ignore';
/** The rule that reports broken suppression comments (it is not run over the model like the others). */
const invalidSuppression = {
    id: 'invalid-suppression',
    defaultSeverity: 'warning',
    shortDescription: 'A suppression comment has no reason or names an unknown rule',
    fullDescription: '`# subnet-guard-ignore RULE: reason` hides a finding only with a reason, so that reviewers can see why it is safe. A comment ' +
        'without one, or naming a rule that does not exist (a typo), suppresses nothing: the finding it was meant to hide is still reported.',
    help: 'Write the rule id and a reason after a colon: `# subnet-guard-ignore reserved-collision: this VPC is only reached through the bastion`.',
};
const COMMENT = new RegExp(`(^|\\s)#\\s*${DIRECTIVE}\\b(.*)$`);
/** Every `# subnet-guard-ignore` comment in a YAML text, valid or not. */
function parseSuppressions(text, file) {
    const out = [];
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((raw, i) => {
        const m = COMMENT.exec(raw);
        if (!m)
            return;
        const hash = m.index + m[1].length;
        if (insideQuotes(raw.slice(0, hash)))
            return; // a `#` inside a quoted scalar is not a comment
        const standalone = raw.slice(0, hash).trim() === '';
        const rest = m[2];
        const colon = rest.indexOf(':');
        const ids = (colon < 0 ? rest : rest.slice(0, colon))
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
        const reason = colon < 0 ? '' : rest.slice(colon + 1).trim();
        const line = i + 1;
        out.push({
            file,
            line,
            appliesTo: standalone ? line + 1 : line,
            rules: ids,
            reason,
            pos: { file, line, column: hash + 1, endLine: line, endColumn: raw.trimEnd().length + 1 },
        });
    });
    return out;
}
/** true when the text before a `#` leaves a YAML quoted scalar open */
function insideQuotes(before) {
    let quote = null;
    for (let i = 0; i < before.length; i++) {
        const c = before[i];
        if (quote === null) {
            // a quote opens a quoted scalar only where a scalar starts (not in "it's")
            if ((c === '"' || c === "'") && (i === 0 || /[\s[{,]/.test(before[i - 1])))
                quote = c;
        }
        else if (quote === "'" && c === "'" && before[i + 1] === "'") {
            i++; // '' is an escaped quote
        }
        else if (quote === '"' && c === '\\') {
            i++;
        }
        else if (c === quote) {
            quote = null;
        }
    }
    return quote !== null;
}
/** A line's text without its comment, trailing comma and surrounding spaces (what identifies a finding). */
function lineKey(text) {
    const noComment = text.replace(/(^|\s)#.*$/, '');
    return noComment.replace(/,\s*$/, '').replace(/\s+/g, ' ').trim();
}
class Lines {
    reader;
    cache = new Map();
    constructor(reader) {
        this.reader = reader;
    }
    get(file) {
        if (!this.cache.has(file)) {
            let lines = null;
            try {
                lines = this.reader.read(file).split(/\r\n|\r|\n/);
            }
            catch {
                lines = null;
            }
            this.cache.set(file, lines);
        }
        return this.cache.get(file) ?? null;
    }
    text(file, line) {
        if (!file || !line)
            return '';
        return lineKey(this.get(file)?.[line - 1] ?? '');
    }
}
/**
 * Stable fingerprints: the rule, host, engine model, file and the text of the offending line — not its
 * number (lines move when the file is edited) and not the message (it names cycles, which move when
 * projects change). Findings that share all of these are numbered in report order.
 */
function fingerprints(findings, reader) {
    const lines = new Lines(reader);
    const seen = new Map();
    return findings.map((f) => {
        const key = [f.rule, f.host ?? '', f.model ?? '', f.file ?? '', lines.text(f.file, f.line)].join('\u0000');
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
    });
}
/**
 * The baseline that accepts every finding still reported, keeping the entries (and reasons) of a
 * previous baseline that still match. Findings suppressed by an inline comment are left to the comment.
 */
function buildBaseline(findings, reader, opts = {}) {
    const rated = findings.filter((f) => f.rule !== invalidSuppression.id);
    const fps = fingerprints(rated, reader);
    const before = new Map((opts.previous?.findings ?? []).map((e) => [e.fingerprint, e]));
    const entries = [];
    rated.forEach((f, i) => {
        const old = before.get(fps[i]);
        if (f.suppressed && !old)
            return;
        const reason = old?.reason ?? opts.reason;
        entries.push({
            rule: f.rule,
            fingerprint: fps[i],
            ...(f.host !== undefined ? { host: f.host } : {}),
            ...(f.file !== undefined ? { file: f.file } : {}),
            ...(reason ? { reason } : {}),
            message: f.message,
        });
    });
    return { version: 1, findings: entries };
}
/** The baseline file's text: stable key order, one finding per block, newline at the end. */
function formatBaseline(b) {
    return JSON.stringify(b, null, 2) + '\n';
}
function parseBaseline(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors_ConfigError(`the baseline is not valid JSON: ${e.message}`, { file });
    }
    const bad = (why) => new errors_ConfigError(`the baseline ${why} (expected {"version": 1, "findings": [{"rule": …, "fingerprint": …}]})`, { file });
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw bad('is not an object');
    const o = doc;
    if (o.version !== 1)
        throw bad(`has version ${JSON.stringify(o.version)}, not 1`);
    if (!Array.isArray(o.findings))
        throw bad('has no "findings" list');
    const findings = o.findings.map((e, i) => {
        if (typeof e !== 'object' || e === null)
            throw bad(`entry ${i + 1} is not an object`);
        const r = e;
        if (typeof r.rule !== 'string' || typeof r.fingerprint !== 'string')
            throw bad(`entry ${i + 1} needs "rule" and "fingerprint" strings`);
        const entry = { rule: r.rule, fingerprint: r.fingerprint };
        if (typeof r.reason === 'string' && r.reason.trim() !== '')
            entry.reason = r.reason.trim();
        if (typeof r.host === 'string')
            entry.host = r.host;
        if (typeof r.file === 'string')
            entry.file = r.file;
        return entry;
    });
    return { version: 1, findings };
}
/** The baseline file, or null when there is none. */
function readBaseline(reader, file = BASELINE_FILE) {
    if (!reader.exists(file) || reader.isDir(file))
        return null;
    return parseBaseline(reader.read(file), file);
}
function isYaml(file) {
    return /\.ya?ml$/i.test(file);
}
/**
 * Reads the suppression comments of the files and the baseline once, and returns the function that
 * marks findings covered by a valid inline comment or by the baseline as suppressed (with the reason) and
 * adds an invalid-suppression finding for every comment without a reason or with an unknown rule.
 * Findings in files not listed are matched too (their comments are read on first use).
 */
function createSuppressor(opts) {
    const { reader } = opts;
    const known = new Set(opts.knownRules);
    const parsed = new Map();
    const commentsOf = (file) => {
        let p = parsed.get(file);
        if (!p) {
            p = { comments: [], problems: [] };
            let text = null;
            try {
                text = reader.read(file);
            }
            catch {
                text = null;
            }
            for (const s of text === null ? [] : parseSuppressions(text, file)) {
                const why = problemOf(s, known);
                if (why)
                    p.problems.push(problemFinding(s, why));
                else
                    p.comments.push(s);
            }
            parsed.set(file, p);
        }
        return p;
    };
    const listed = [...new Set(opts.files.filter(isYaml))].sort();
    for (const f of listed)
        commentsOf(f);
    const baselineFile = opts.baseline ?? BASELINE_FILE;
    const baseline = readBaseline(reader, baselineFile);
    const accepted = new Map();
    for (const e of baseline?.findings ?? [])
        accepted.set(e.fingerprint, e);
    const listedSet = new Set(listed);
    // the problems of the listed files, in file order: the same for every call (the proofs of the fixes
    // call this once per host and plan), so worked out once
    let listedProblems;
    return (findings) => {
        const fps = baseline ? fingerprints(findings, reader) : [];
        const extra = new Set();
        const out = findings.map((f, i) => {
            if (f.file && f.line && isYaml(f.file)) {
                if (!listedSet.has(f.file))
                    extra.add(f.file);
                const hit = commentsOf(f.file).comments.find((c) => c.appliesTo === f.line && c.rules.includes(f.rule));
                if (hit)
                    return { ...f, suppressed: true, suppressionReason: hit.reason };
            }
            const entry = baseline ? accepted.get(fps[i]) : undefined;
            if (entry && entry.rule === f.rule) {
                return { ...f, suppressed: true, suppressionReason: entry.reason ? `baseline: ${entry.reason}` : `accepted in ${baselineFile}` };
            }
            return f;
        });
        const problems = extra.size === 0
            ? (listedProblems ??= listed.flatMap((file) => commentsOf(file).problems))
            : [...listed, ...extra].sort().flatMap((file) => commentsOf(file).problems);
        return [...out, ...problems];
    };
}
/** createSuppressor(opts)(findings), for one use. */
function applySuppressions(findings, opts) {
    return createSuppressor(opts)(findings);
}
function problemOf(s, known) {
    const unknown = s.rules.filter((r) => !known.has(r));
    const written = `# ${DIRECTIVE} ${s.rules.join(', ')}`.trimEnd();
    if (s.rules.length === 0)
        return `\`# ${DIRECTIVE}\` names no rule: write \`# ${DIRECTIVE} RULE: reason\``;
    if (unknown.length > 0) {
        return `\`${written}\` names ${unknown.length === 1 ? 'a rule' : 'rules'} subnet-guard does not have (${unknown.join(', ')}); known rules: ${[...known].join(', ')}`;
    }
    if (s.reason === '')
        return `\`${written}\` gives no reason: write one after a colon (\`${written}: <why this is safe>\`)`;
    return null;
}
function problemFinding(s, why) {
    return {
        rule: invalidSuppression.id,
        severity: invalidSuppression.defaultSeverity,
        message: `${why}. It suppresses nothing, so the finding it was meant to hide is still reported.`,
        file: s.pos.file,
        line: s.pos.line,
        column: s.pos.column,
        endLine: s.pos.endLine,
        endColumn: s.pos.endColumn,
    };
}

;// CONCATENATED MODULE: ./src/fix/patch.ts
const v = (value) => ({ value });
/** The daemon config after merging the fragment (top-level keys replace; the rest stays as loaded). */
function applyDaemonPatch(d, patch) {
    const out = { ...d };
    const pools = patch['default-address-pools'];
    if (pools)
        out.defaultAddressPools = v(pools.map((p) => ({ base: v(p.base), size: v(p.size) })));
    if (patch.bip !== undefined)
        out.bip = v(patch.bip);
    if (patch['fixed-cidr'] !== undefined)
        out.fixedCidr = v(patch['fixed-cidr']);
    if (patch.mtu !== undefined)
        out.mtu = v(patch.mtu);
    const opts = patch['default-network-opts'];
    if (opts) {
        out.defaultNetworkOpts = Object.fromEntries(Object.entries(opts).map(([driver, o]) => [driver, Object.fromEntries(Object.entries(o).map(([k, val]) => [k, v(val)]))]));
    }
    if (patch['ip-forward'] !== undefined)
        out.ipForward = v(patch['ip-forward']);
    if (patch.iptables !== undefined)
        out.iptables = v(patch.iptables);
    return out;
}
/**
 * The projects with the compose changes made: `replaces` swaps one written subnet for another, otherwise
 * the subnet is added to a network that had none; `mtu` sets the MTU driver option. Networks are matched by
 * the name Docker sees.
 */
function applyComposeFixes(projects, fixes) {
    if (fixes.length === 0)
        return [...projects];
    return projects.map((hp) => ({
        ...hp,
        project: {
            ...hp.project,
            networks: hp.project.networks.map((n) => {
                const mine = fixes.filter((p) => p.network === n.name);
                if (mine.length === 0)
                    return n;
                const out = { ...n, subnets: [...n.subnets] };
                for (const fix of mine) {
                    if (fix.subnet !== undefined) {
                        if (fix.replaces)
                            out.subnets = out.subnets.map((s) => (s.cidr === fix.replaces ? { ...s, cidr: fix.subnet, origin: undefined } : s));
                        else
                            out.subnets.push({ cidr: fix.subnet });
                    }
                    if (fix.mtu !== undefined)
                        out.mtu = { value: fix.mtu, pos: n.mtu?.pos };
                }
                return out;
            }),
        },
    }));
}

;// CONCATENATED MODULE: ./src/simulate/setup.ts
function setupFor(daemon, host) {
    const pools = daemon.defaultAddressPools?.value.map((p) => ({ base: p.base.value, size: p.size.value }));
    return {
        defaultAddressPools: pools,
        bip: daemon.bip?.value,
        fixedCidr: daemon.fixedCidr?.value,
        bridgeNone: daemon.bridgeNone?.value ?? false,
        routes: host.routes.map((r) => ({ cidr: r.value, onLink: true })),
        nameservers: host.nameservers.map((n) => n.value),
    };
}

;// CONCATENATED MODULE: ./src/fix/prove.ts




/** Re-simulates every engine model of one host (the HostChecks given) with another daemon config and projects. */
function prove(ctx, original, daemon, projects, suppress) {
    const hosts = [];
    for (const hc of original) {
        const setup = { ...setupFor(daemon, hc.host), ...(hc.sim.input.setup.swarmPools ? { swarmPools: hc.sim.input.setup.swarmPools } : {}) };
        let sim;
        try {
            sim = simulateHost({ ...hc.sim.input, setup, projects, createLast: undefined });
        }
        catch (e) {
            if (e instanceof PoolError)
                return { starts: false, findings: [], errors: [], hosts: [] };
            throw e;
        }
        if (sim.bootError)
            return { starts: false, findings: [], errors: [], hosts: [] };
        hosts.push({ ...hc, daemon, projects, sim });
    }
    const findings = suppress(runRules({ ...ctx, hosts }, RULES));
    const errors = findings.filter((f) => f.severity === 'error' && !f.suppressed);
    return { starts: true, findings, errors, hosts };
}

;// CONCATENATED MODULE: ./src/fix/synthesise.ts
// Synthesis of fixes for one host, from what the rules found:
//   - default-address-pools (when a finding is about where Docker allocates): one private block (a /16 split into /24s when it fits) that avoids every
//     reserved range, host route, nameserver and pinned subnet (and the swarm pool when overlays are
//     used), with room for twice the networks alive at once (at least 16 spare);
//   - bip (and fixed-cidr) moved to a free /24 when docker0's pinned subnet is part of the problem;
//   - mtu / default-network-opts set to the underlay MTU; ip-forward / iptables turned back on;
//   - pinned compose subnets that are themselves the problem moved to free subnets of the same size;
//   - as an alternative, every network of the host pinned outside the pools Docker allocates from.
// Nothing here decides whether a fix is good: prove.ts re-runs the simulation for that.





/** Rules whose findings new default-address-pools address. */
const POOL_RULES = new Set(['reserved-collision', 'pinned-pool-race', 'pool-exhaustion', 'daemon-pool-reserved']);
/** Rules reported on a pinned compose subnet that moving it to a free subnet cures. */
const REPIN = new Set(['pinned-reserved-overlap', 'pinned-conflict', 'public-range']);
/** Size of every network a suggested pool hands out. */
const FIX_SIZE = 24;
/** The largest block suggested as one pool base (256 networks of /24). */
const PREFERRED_BASE_BITS = 16;
function synthesise_samePos(f, pos) {
    return !!pos && f.file === pos.file && f.line === pos.line && f.column === pos.column;
}
/** IPv4 networks Docker allocates from the local pools when everything on the host is up (docker0 included). */
function localDemand(hc) {
    const names = new Set();
    for (const hp of hc.projects) {
        for (const n of createdNetworks(hp.project.networks)) {
            if (spaceOf(n) !== 'local' || n.ipamDriver !== 'default' || !n.enableIpv4)
                continue;
            if (n.subnets.some((s) => !s.cidr.includes(':')))
                continue; // an IPv4 subnet is pinned
            names.add(n.name);
        }
    }
    const docker0 = hc.daemon.bridgeNone?.value || hc.daemon.bip ? 0 : 1;
    return names.size + docker0;
}
/** How many /24s a pool needs: twice the demand, and at least 16 spare. */
function capacityFor(demand) {
    return Math.max(2 * demand, demand + 16);
}
function log2ceil(n) {
    return Math.ceil(Math.log2(Math.max(1, n)));
}
/**
 * Private blocks for the pool, preferring one /16, else the smallest single block, else several /22s.
 * `avoid` is not changed: the caller adds the blocks when it takes them.
 */
function poolBlocks(avoid, need) {
    const needBits = FIX_SIZE - log2ceil(need);
    if (needBits < 8)
        return null;
    const space = avoid instanceof FreeSpace4 ? avoid : new FreeSpace4(avoid);
    for (const bits of [...new Set([Math.min(PREFERRED_BASE_BITS, needBits), needBits])]) {
        const b = space.blocks(bits, 1)[0];
        if (b)
            return [b];
    }
    const quarter = FIX_SIZE - 2;
    const blocks = space.blocks(quarter, Math.ceil(need / 4));
    return blocks.length * 4 >= need ? blocks : null;
}
/** A ULA /48 for the host (RFC 4193: fd + 40 pseudo-random bits, here from the host name). */
function hostUla(host) {
    const h = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`subnet-guard:${host}`).digest('hex');
    return `fd${h.slice(0, 2)}:${h.slice(2, 6)}:${h.slice(6, 10)}::/48`;
}
function wantsDynamicV6(hc) {
    return hc.projects.some((hp) => createdNetworks(hp.project.networks).some((n) => n.enableIpv6 && n.ipamDriver === 'default' && !n.subnets.some((s) => s.cidr.includes(':'))));
}
/** Everything a new subnet on this host must stay clear of, except the pinned subnets listed in `moving`. */
function avoidFor(ctx, hc, moving, keepBip) {
    const avoid = [...ctx.reserved.map((r) => r.prefix), ...hostPrefixes(hc).map((h) => h.prefix)];
    for (const s of pinnedSubnets(hc)) {
        if (moving.has(s))
            continue;
        if (s.kind !== 'compose' && !keepBip)
            continue;
        avoid.push(s.prefix);
    }
    if (usesOverlay(hc))
        avoid.push(...poolBases(poolSpecs(hc, 'global')));
    return avoid;
}
function pinFor(s, subnet) {
    const n = s.source;
    return {
        project: s.project,
        network: s.network,
        key: n.key,
        ...(s.pos ? { file: s.pos.file, line: s.pos.line } : {}),
        subnet,
        replaces: s.cidr,
    };
}
/**
 * The daemon.json fragment (and the pins it needs) for one host, from the host's active findings.
 * `hcs` are the HostChecks of that host (one per engine model); returns null when no private space is left.
 */
function planDaemonFix(ctx, hcs, findings) {
    const hc = hcs[0];
    const active = findings.filter((f) => !f.suppressed && f.host === hc.host.name);
    if (active.length === 0)
        return null;
    const patch = {};
    const pins = [];
    const pinned = pinnedSubnets(hc);
    // compose subnets that are themselves the problem
    const moving = new Set(pinned.filter((s) => s.kind === 'compose' && active.some((f) => REPIN.has(f.rule) && synthesise_samePos(f, s.pos))));
    // docker0's own subnet
    const bip = pinned.find((s) => s.kind === 'bip');
    const fixed = pinned.find((s) => s.kind === 'fixed-cidr');
    const docker0Bad = [bip, fixed].some((s) => s && active.some((f) => synthesise_samePos(f, s.pos)));
    // sorted once: a host may have 100,000 reserved ranges, and every block taken below searches them
    const avoid = new FreeSpace4(avoidFor(ctx, hc, moving, !docker0Bad));
    const poolPos = (hc.daemon.defaultAddressPools?.value ?? []).map((e) => e.base.pos ?? e.pos);
    const aboutPools = active.some((f) => POOL_RULES.has(f.rule) || (f.rule === 'public-range' && poolPos.some((p) => synthesise_samePos(f, p))));
    if (aboutPools) {
        const demand = Math.max(...hcs.map(localDemand));
        const blocks = poolBlocks(avoid, capacityFor(demand));
        if (!blocks)
            return null;
        const pools = blocks.map((b) => ({ base: formatPrefix(b), size: FIX_SIZE }));
        for (const b of blocks)
            avoid.add(b);
        if (wantsDynamicV6(hc))
            pools.push({ base: hostUla(hc.host.name), size: 64 });
        patch['default-address-pools'] = pools;
    }
    if (docker0Bad) {
        const b = avoid.take(FIX_SIZE);
        if (!b)
            return null;
        patch.bip = `${formatAddress(4, b.addr + 1)}/${FIX_SIZE}`;
        if (fixed)
            patch['fixed-cidr'] = formatPrefix(b);
    }
    for (const s of moving) {
        if (s.prefix.family !== 4)
            continue;
        const b = avoid.take(s.prefix.bits);
        if (!b)
            return null;
        pins.push(pinFor(s, formatPrefix(b)));
    }
    const underlay = hc.host.underlayMtu?.value;
    if (underlay && active.some((f) => f.rule === 'mtu-exceeds-underlay')) {
        if (!hc.daemon.bridgeNone?.value && (hc.daemon.mtu?.value || 1500) > underlay)
            patch.mtu = underlay;
        const dno = supportsDefaultNetworkOpts(hc.host.engine.value);
        const drivers = new Set();
        for (const { project, network: n, mtu: m } of networksOverMtu(hc, underlay)) {
            // daemon.json covers networks without their own option, from Engine 24; others need the compose option
            if (dno && m.source !== 'driver-opt')
                drivers.add(n.driver);
            else
                pins.push({ project: project.name, network: n.name, key: n.key, ...(n.pos ? { file: n.pos.file, line: n.pos.line } : {}), mtu: underlay });
        }
        if (drivers.size > 0) {
            const opts = {};
            for (const [driver, o] of Object.entries(hc.daemon.defaultNetworkOpts ?? {}))
                opts[driver] = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.value]));
            for (const d of [...drivers].sort())
                opts[d] = { ...(opts[d] ?? {}), [mtu_exceeds_underlay_MTU_OPTION]: String(underlay) };
            patch['default-network-opts'] = opts;
        }
    }
    for (const f of active) {
        if (f.rule !== 'forwarding-disabled')
            continue;
        if (synthesise_samePos(f, hc.daemon.ipForward?.pos))
            patch['ip-forward'] = true;
        if (synthesise_samePos(f, hc.daemon.iptables?.pos))
            patch.iptables = true;
    }
    return { daemonJson: patch, compose: mergeByNetwork(pins) };
}
/**
 * The alternative that leaves daemon.json alone: every network Docker would allocate from the local pools
 * (and every pinned subnet that is a problem) pinned to a free /24 outside the pools it allocates from.
 */
function planPinnedAlternative(ctx, hcs, findings) {
    const hc = hcs[0];
    const active = findings.filter((f) => !f.suppressed && f.host === hc.host.name);
    if (active.length === 0)
        return null;
    const pinned = pinnedSubnets(hc);
    const moving = new Set(pinned.filter((s) => s.kind === 'compose' && active.some((f) => REPIN.has(f.rule) && synthesise_samePos(f, s.pos))));
    const avoid = new FreeSpace4([...avoidFor(ctx, hc, moving, true), ...poolBases(poolSpecs(hc, 'local'))]);
    const pins = [];
    const take = (bits) => {
        const b = avoid.take(bits);
        return b ? formatPrefix(b) : null;
    };
    for (const s of moving) {
        if (s.prefix.family !== 4)
            continue;
        const subnet = take(s.prefix.bits);
        if (!subnet)
            return null;
        pins.push(pinFor(s, subnet));
    }
    const done = new Set();
    for (const hp of hc.projects) {
        for (const n of createdNetworks(hp.project.networks)) {
            if (done.has(n.name) || n.ipamDriver !== 'default' || !n.enableIpv4)
                continue;
            if (n.subnets.some((s) => !s.cidr.includes(':')))
                continue;
            done.add(n.name);
            const subnet = take(FIX_SIZE);
            if (!subnet)
                return null;
            pins.push({ project: hp.project.name, network: n.name, key: n.key, ...(n.pos ? { file: n.pos.file, line: n.pos.line } : {}), subnet });
        }
    }
    return pins.length > 0 ? pins : null;
}
/** One entry per network: a subnet and an MTU for the same network are one change. */
function mergeByNetwork(fixes) {
    const out = [];
    for (const f of fixes) {
        const same = out.find((o) => o.project === f.project && o.network === f.network && (o.subnet === undefined || f.subnet === undefined) && (o.mtu === undefined || f.mtu === undefined));
        if (!same) {
            out.push({ ...f });
            continue;
        }
        if (f.subnet !== undefined) {
            same.subnet = f.subnet;
            if (f.replaces !== undefined)
                same.replaces = f.replaces;
        }
        if (f.mtu !== undefined)
            same.mtu = f.mtu;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/fix/index.ts



function byHost(ctx) {
    const m = new Map();
    for (const hc of ctx.hosts) {
        const list = m.get(hc.host.name) ?? [];
        list.push(hc);
        m.set(hc.host.name, list);
    }
    return m;
}
/** The proven fix for one host, or null when none could be proven. */
function proposeFix(ctx, hcs, findings, suppress) {
    const name = hcs[0].host.name;
    if (!findings.some((f) => f.host === name && !f.suppressed))
        return null;
    let fix = null;
    const plan = planDaemonFix(ctx, hcs, findings);
    if (plan && (Object.keys(plan.daemonJson).length > 0 || plan.compose.length > 0)) {
        const daemon = applyDaemonPatch(hcs[0].daemon, plan.daemonJson);
        const proof = prove(ctx, hcs, daemon, applyComposeFixes(hcs[0].projects, plan.compose), suppress);
        if (proof.starts && proof.errors.length === 0) {
            fix = { daemonJson: { ...plan.daemonJson } };
            if (plan.compose.length > 0)
                fix.compose = plan.compose;
        }
    }
    // the alternative leaves daemon.json alone: pointless when the fix already does
    const pins = fix && Object.keys(fix.daemonJson).length === 0 ? null : planPinnedAlternative(ctx, hcs, findings);
    if (pins) {
        const proof = prove(ctx, hcs, hcs[0].daemon, applyComposeFixes(hcs[0].projects, pins), suppress);
        if (proof.starts && proof.errors.length === 0) {
            if (fix)
                fix.alternative = { compose: pins };
            else
                fix = { daemonJson: {}, compose: pins };
        }
    }
    return fix;
}
/** Proven fixes by host name, for every host with active findings. */
function proposeFixes(ctx, findings, suppress) {
    const out = new Map();
    for (const [name, hcs] of byHost(ctx)) {
        const fix = proposeFix(ctx, hcs, findings, suppress);
        if (fix)
            out.set(name, fix);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version by a test (the bundle does not read package.json).
const TOOL_NAME = 'subnet-guard';
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/check.ts
// The whole check as one pure function over a Reader: load → simulate → rules → report model.
// cli.ts and main.ts call it; nothing here touches process, environment or @actions/*.

















const DEFAULT_CYCLES = 1000;
const MAX_CYCLES = Number.MAX_SAFE_INTEGER;
const INVENTORY_NAMES = ['network-inventory.yaml', 'network-inventory.yml'];
function findInventory(reader, explicit) {
    if (explicit)
        return loadInventory(reader, joinRel(explicit));
    for (const name of INVENTORY_NAMES)
        if (reader.exists(name))
            return loadInventory(reader, name);
    return defaultInventory();
}
const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'third_party', 'dist']);
/** daemon.json files in the repository (bounded walk) */
function findDaemonJsons(reader, dir = '.', depth = 0, out = []) {
    if (depth > 6 || out.length > 10)
        return out;
    for (const e of reader.list(dir)) {
        const rel = joinRel(dir, e.name);
        if (e.kind === 'file' && e.name === 'daemon.json')
            out.push(rel);
        else if (e.kind === 'dir' && !SKIP_DIRS.has(e.name))
            findDaemonJsons(reader, rel, depth + 1, out);
    }
    return out;
}
function daemonFor(reader, host, opts, found) {
    const file = host.daemon?.value ?? opts.daemonJson;
    if (file) {
        if (!reader.exists(joinRel(file))) {
            throw new errors_ConfigError(`daemon.json "${file}" not found`, host.daemon?.pos ?? { file: joinRel(file) });
        }
        return loadDaemonConfig(reader, joinRel(file));
    }
    const all = found();
    return all.length === 1 ? loadDaemonConfig(reader, all[0]) : {};
}
/** A project the inventory names: its compose files (the ones discovery would find in that directory). */
function filesOf(reader, ref) {
    if (Array.isArray(ref.path))
        return ref.path.map((p) => joinRel(p));
    const dir = joinRel(ref.path);
    if (!reader.isDir(dir)) {
        if (reader.exists(dir))
            return [dir];
        throw new errors_ConfigError(`project path "${ref.path}" does not exist`, ref.pos ?? { file: dir });
    }
    const files = projectFilesForDir(reader, dir);
    if (!files)
        throw new errors_ConfigError(`no compose file in "${ref.path}" (compose.yaml, compose.yml, docker-compose.yml or docker-compose.yaml)`, ref.pos ?? { file: dir });
    return files;
}

function parseReserved(inv) {
    return inv.reserved.map((range) => {
        const r = parsePrefix(range.cidr);
        if ('error' in r)
            throw new errors_ConfigError(`reserved range: ${r.error}`, range.pos ?? { file: inv.file ?? 'inventory' });
        return { range, prefix: r.prefix };
    });
}
function toAllocations(s) {
    const out = [];
    for (const a of s.allocations)
        for (const p of a.subnets)
            out.push({ project: a.project, network: a.network, subnet: formatPrefix(p) });
    // code-unit order: the same on every machine, and no ICU collator to initialise (localeCompare)
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return out.sort((x, y) => cmp(x.project ?? '', y.project ?? '') || cmp(x.network, y.network) || cmp(x.subnet, y.subnet));
}
function hostReport(hc, reserved, timeline, fix) {
    const sim = hc.sim;
    const c = firstCollision(hc, reserved);
    const list = localCandidates(hc.behaviour, sim.input.setup.defaultAddressPools);
    const total = freeCandidates(list, []);
    const taken = [...sim.boot.allocations.flatMap((a) => a.subnets)];
    const freeAfterBoot = freeCandidates(list, [...taken, ...hostAvoided(hc)]);
    const peakCycling = Math.max(0, sim.peakNetworks - sim.boot.alive);
    const cycles = [];
    const shown = Math.min(timeline, sim.cycles, sim.period ? Number.MAX_SAFE_INTEGER : sim.window.length);
    for (let i = 1; i <= shown; i++)
        cycles.push({ cycle: i, allocations: toAllocations(cycleAt(sim, i)) });
    return {
        name: hc.host.name,
        engine: hc.host.engine.value,
        model: hc.behaviour.model,
        boot: toAllocations(sim.boot),
        cycles,
        firstCollision: c
            ? { cycle: c.cycle, project: c.allocation.project, network: c.allocation.network, subnet: c.subnet, reserved: { cidr: c.reserved.range.cidr, name: c.reserved.range.name } }
            : null,
        fix,
        peakNetworks: sim.peakNetworks,
        poolCandidates: formatCount(total),
        poolsLeft: formatCount(Math.max(0, freeAfterBoot - peakCycling)),
        cyclesSimulated: sim.window.length,
        period: sim.period,
    };
}
function hostAvoided(hc) {
    const out = [];
    for (const n of hc.host.nameservers) {
        const r = parsePrefix(n.value.includes('/') ? n.value : `${n.value}/${n.value.includes(':') ? 128 : 32}`);
        if (!('error' in r))
            out.push(r.prefix);
    }
    for (const rt of hc.host.routes) {
        const r = parsePrefix(rt.value);
        if (!('error' in r))
            out.push(r.prefix);
    }
    return out;
}
/**
 * The repository as one check sees it: every answer of the underlying reader remembered (files do not
 * change during a check). The inventory probes each compose file it names, the loader reads it, the
 * suppressions read it again for their comments, and discovery lists every directory: on a
 * 1,000-project repository that was a third of the run in system calls.
 */
class CheckReader {
    inner;
    texts = new Map();
    // one map per question, keyed by the path itself (a key built per call, "e path", was hashed afresh each time)
    existsAt = new Map();
    dirAt = new Map();
    sizeAt = new Map();
    listAt = new Map();
    constructor(inner) {
        this.inner = inner;
    }
    read(rel) {
        let t = this.texts.get(rel);
        if (t === undefined) {
            try {
                t = this.inner.read(rel);
            }
            catch (e) {
                if (!(e instanceof errors_ConfigError))
                    throw e;
                t = e;
            }
            this.texts.set(rel, t);
        }
        if (t instanceof errors_ConfigError)
            throw t;
        return t;
    }
    fact(known, rel, get) {
        let v = known.get(rel);
        if (v === undefined) {
            v = get(rel);
            known.set(rel, v);
        }
        return v;
    }
    exists(rel) {
        return this.fact(this.existsAt, rel, (r) => this.inner.exists(r));
    }
    isDir(rel) {
        return this.fact(this.dirAt, rel, (r) => this.inner.isDir(r));
    }
    size(rel) {
        return this.fact(this.sizeAt, rel, (r) => this.inner.size(r));
    }
    list(rel) {
        // a copy: callers may sort or filter what they get
        return this.fact(this.listAt, rel, (r) => this.inner.list(r)).slice();
    }
}
function check(source, opts = {}) {
    const reader = source instanceof CheckReader ? source : new CheckReader(source);
    const inventory = findInventory(reader, opts.inventory);
    const cycles = opts.cycles ?? inventory.cycles?.value ?? DEFAULT_CYCLES;
    if (!Number.isSafeInteger(cycles) || cycles < 0)
        throw new errors_ConfigError(`cycles must be a whole number from 0 to ${MAX_CYCLES}, got ${cycles}`);
    const reserved = parseReserved(inventory);
    let discovered;
    const discover = () => (discovered ??= discoverProjects(reader, { globs: opts.composeFiles }));
    let daemonJsons;
    const foundDaemons = () => (daemonJsons ??= findDaemonJsons(reader));
    const hosts = [];
    for (const host of inventory.hosts) {
        const daemon = daemonFor(reader, host, opts, foundDaemons);
        const refs = host.projects
            ? host.projects.map((ref) => ({ files: filesOf(reader, ref), ref }))
            : discover().map((d) => ({ files: d.files }));
        // once per host: the process environment has dozens of variables, and a host runs many projects
        const environment = { ...(opts.environment ?? {}), ...host.env };
        const projects = refs.map(({ files, ref }) => ({
            project: loadProject({
                reader,
                files,
                rootName: opts.rootName,
                environment,
                envFiles: host.envFile ? [joinRel(host.envFile.value)] : undefined,
                profiles: ref?.profiles ?? [],
            }),
            lifecycle: ref?.lifecycle ?? 'cycling',
        }));
        let behaviours;
        try {
            behaviours = behavioursFor(opts.engine ?? host.engine.value);
        }
        catch (e) {
            if (e instanceof EngineVersionError)
                throw new errors_ConfigError(e.message, opts.engine ? undefined : host.engine.pos ?? { file: inventory.file ?? 'inventory' });
            throw e;
        }
        const setup = setupFor(daemon, host);
        for (const behaviour of behaviours) {
            let sim;
            try {
                sim = simulateHost({ host: host.name, behaviour, setup, projects, cycles, restartEvery: host.restartEvery });
            }
            catch (e) {
                if (e instanceof PoolError) {
                    const entry = daemon.defaultAddressPools?.value[e.index];
                    throw new errors_ConfigError(`dockerd (${behaviour.model === 'first-fit' ? 'Engine ≥ 27' : 'Engine ≤ 26'}) refuses to start: ${e.message}`, entry?.pos ?? daemon.defaultAddressPools?.pos ?? { file: daemon.file ?? 'daemon.json' });
                }
                throw e;
            }
            hosts.push({ host: opts.engine ? { ...host, engine: { value: opts.engine } } : host, behaviour, daemon, projects, sim });
        }
    }
    const context = { inventory, reserved, hosts, cycles };
    // inline `# subnet-guard-ignore` comments (compose files, inventory) and the baseline
    const yamlFiles = [...(inventory.file ? [inventory.file] : []), ...hosts.flatMap((hc) => hc.projects.flatMap((p) => p.project.files))];
    const suppress = createSuppressor({ reader, files: yamlFiles, baseline: opts.baseline, knownRules: RULES.map((r) => r.id) });
    const findings = suppress(runRules(context));
    // a daemon.json fragment (or pinned subnets) per host, attached only when re-running the host with it leaves no error
    const fixes = proposeFixes(context, findings, (fs) => suppress(fs).filter((f) => f.rule !== invalidSuppression.id));
    const timeline = opts.timeline ?? 0;
    const report = {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: VERSION },
        cycles,
        hosts: hosts.map((hc) => hostReport(hc, reserved, timeline, fixes.get(hc.host.name) ?? null)),
        findings,
    };
    return { report, context };
}

;// CONCATENATED MODULE: ./src/report/json.ts
function toJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/text.ts


/** compiler style, so terminals and editors link it: file:line:col: severity rule: message */
function compilerLine(f) {
    let where = f.file ?? '';
    if (f.file && f.line)
        where += `:${f.line}${f.column ? `:${f.column}` : ''}`;
    const suppressed = f.suppressed ? ' (suppressed)' : '';
    return `${where ? where + ': ' : ''}${f.severity} ${f.rule}: ${f.message}${suppressed}`;
}
function engineLabel(h) {
    const model = h.model === 'round-robin' ? 'round-robin (Engine ≤ 26)' : 'first-fit (Engine ≥ 27)';
    return h.engine === 'unknown' ? `engine unknown, checking ${model}` : `Engine ${h.engine}, ${model}`;
}
function hostBlock(h, cycles) {
    const out = [`host ${h.name} — ${engineLabel(h)}`];
    const boot = h.boot.map((a) => `${a.project ? `${a.project}/` : ''}${a.network} ${a.subnet}`);
    out.push(`  at start:        ${boot.length > 0 ? boot.join(', ') : '(no networks)'}`);
    for (const c of h.cycles) {
        const list = c.allocations.map((a) => `${a.network} ${a.subnet}`).join(', ');
        out.push(`  redeploy ${String(c.cycle).padStart(6)}: ${list || '(nothing allocated)'}`);
    }
    if (h.firstCollision) {
        const fc = h.firstCollision;
        const when = fc.cycle === 0 ? 'at daemon start' : `on redeploy ${groupDigits(fc.cycle)}`;
        out.push(`  first collision: ${when}: ${fc.network} ${fc.subnet} overlaps ${fc.reserved.cidr}${fc.reserved.name ? ` (${fc.reserved.name})` : ''}`);
    }
    else {
        out.push(`  first collision: none in ${groupDigits(cycles)} redeploys`);
    }
    const period = h.period ? `, pattern repeats every ${groupDigits(h.period.length)} redeploys` : '';
    out.push(`  networks alive at peak: ${h.peakNetworks}; pools: ${h.poolCandidates} candidates, ${h.poolsLeft} left at peak${period}`);
    if (h.fix)
        out.push(`  proven fix (daemon.json): ${JSON.stringify(h.fix.daemonJson)}`);
    return out;
}
function toText(report) {
    const lines = [];
    lines.push(`${report.tool.name} ${report.tool.version}: ${groupDigits(report.cycles)} redeploys simulated on ${new Set(report.hosts.map((h) => h.name)).size} host(s)`);
    for (const h of report.hosts)
        lines.push('', ...hostBlock(h, report.cycles));
    const active = report.findings.filter((f) => !f.suppressed);
    lines.push('');
    for (const f of sortFindings(report.findings))
        lines.push(compilerLine(f));
    const errors = active.filter((f) => f.severity === 'error').length;
    const warnings = active.filter((f) => f.severity === 'warning').length;
    lines.push(`${errors} error(s), ${warnings} warning(s)`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Workflow commands (`::error file=…,line=…::message`) for the findings, and the full list as plain
// text for the step log. The runner shows 10 annotations per level per step (and `core.setFailed`
// takes one of the error slots), so the last one shown says how many more there are and where.



/** what the runner shows per level per step */
const RUNNER_LIMIT_PER_LEVEL = 10;
/** longest annotation message we emit (the UI shows a few lines anyway) */
const MAX_MESSAGE = 4000;
function commandLevel(s) {
    switch (s) {
        case 'error':
            return 'error';
        case 'warning':
            return 'warning';
        case 'note':
            return 'notice';
        default:
            return assertNever(s, 'severity');
    }
}
/** escaping of a command's message (data) */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** escaping of a command's property value */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(name, props, message) {
    const parts = [];
    for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === '')
            continue;
        parts.push(`${k}=${escapeProperty(String(v))}`);
    }
    return `::${name}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}
/** "reserved-collision · app-1 (round-robin) · redeploy 14" */
function findingTitle(f) {
    const parts = [`subnet-guard ${f.rule}`];
    if (f.host)
        parts.push(f.model ? `${f.host} (${f.model})` : f.host);
    else if (f.model)
        parts.push(f.model);
    if (f.cycle !== undefined)
        parts.push(`redeploy ${f.cycle}`);
    return parts.join(' · ');
}
function isPositive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0;
}
/**
 * Properties of a finding's annotation; columns only when the span is on one line (GitHub rejects them
 * otherwise). endColumn is passed as the model has it: one past the last character, as GitHub reads it.
 */
function locationProperties(f, pathPrefix) {
    if (!f.file)
        return {};
    const props = { file: repoPath(pathPrefix, f.file) };
    if (!isPositive(f.line))
        return props;
    props.line = f.line;
    const endLine = isPositive(f.endLine) && f.endLine >= f.line ? f.endLine : f.line;
    props.endLine = endLine;
    if (endLine === f.line && isPositive(f.column)) {
        props.col = f.column;
        if (isPositive(f.endColumn) && f.endColumn >= f.column)
            props.endColumn = f.endColumn;
    }
    return props;
}
function formatAnnotations(report, opts = {}) {
    const perLevel = opts.perLevel ?? RUNNER_LIMIT_PER_LEVEL;
    const elsewhere = opts.elsewhere ?? 'the job summary and the full list in this step\'s log';
    const limits = {
        error: Math.max(0, perLevel - (opts.reservedErrorSlots ?? 0)),
        warning: perLevel,
        notice: perLevel,
    };
    const byLevel = { error: [], warning: [], notice: [] };
    for (const f of activeFindings(report))
        byLevel[commandLevel(f.severity)].push(f);
    const commands = [];
    const shown = { error: 0, warning: 0, notice: 0 };
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const level of ['error', 'warning', 'notice']) {
        const all = byLevel[level];
        const show = all.slice(0, limits[level]);
        shown[level] = show.length;
        hidden[level] = all.length - show.length;
        show.forEach((f, i) => {
            let message = clip(f.message, MAX_MESSAGE);
            if (i === show.length - 1 && hidden[level] > 0) {
                const noun = level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'note';
                message += `\n\n(+${plural(hidden[level], `more ${noun}`, `more ${noun}s`)} not shown as annotations: see ${elsewhere})`;
            }
            commands.push(workflowCommand(level, { ...locationProperties(f, opts.pathPrefix), title: findingTitle(f) }, message));
        });
    }
    return { commands, shown, hidden };
}
/** one finding as one line of plain text (control characters flattened so a line stays a line) */
function findingLine(f, pathPrefix) {
    let where = f.file ? repoPath(pathPrefix, f.file) : '(no file)';
    if (f.file && isPositive(f.line)) {
        where += `:${f.line}`;
        if (isPositive(f.column))
            where += `:${f.column}`;
    }
    const ctx = [];
    if (f.host)
        ctx.push(f.host);
    if (f.model)
        ctx.push(f.model);
    if (f.cycle !== undefined)
        ctx.push(`redeploy ${f.cycle}`);
    const sev = f.suppressed ? 'suppressed' : f.severity;
    let line = `${sev.padEnd(8)} ${where}  ${f.rule}${ctx.length ? `  [${ctx.join(', ')}]` : ''}  ${f.message}`;
    if (f.suppressed && f.suppressionReason)
        line += `  (suppressed: ${f.suppressionReason})`;
    return flatten(line);
}
function flatten(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '�');
}
/**
 * The whole list, for the step log. It is wrapped in `::stop-commands::` so that text coming from the
 * repository (network names, messages) can never be taken for a workflow command; the token is derived
 * from the text itself, which cannot contain its own hash.
 */
function formatLog(report, opts = {}) {
    const c = countFindings(report);
    const lines = [];
    lines.push(`subnet-guard ${report.tool.version}: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ` +
        `${plural(c.notes, 'note')}${c.suppressed ? `, ${plural(c.suppressed, 'suppressed', 'suppressed')}` : ''} ` +
        `(${plural(report.cycles, 'redeploy', 'redeploys')} simulated on ${plural(new Set(report.hosts.map((h) => h.name)).size, 'host')})`);
    for (const f of activeFindings(report))
        lines.push(findingLine(f, opts.pathPrefix));
    for (const f of suppressedFindings(report))
        lines.push(findingLine(f, opts.pathPrefix));
    const body = lines.join('\n');
    const token = 'subnet-guard-' + (0,external_node_crypto_namespaceObject.createHash)('sha256').update(body).digest('hex').slice(0, 32);
    return `::stop-commands::${token}\n${body}\n::${token}::\n`;
}

;// CONCATENATED MODULE: ./src/report/rule-docs.ts


/** The project's home page; the README's rule sections hang off it. */
const HOME_URL = 'https://github.com/subnet-guard/subnet-guard';
/** every rule a finding can name: the model rules and the suppression check */
const DOCUMENTED_RULES = [...RULES, invalidSuppression];
function pascal(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** fixed, rule-independent texts: format tests pin the SARIF shape without pinning the rules' wording */
function fixedRuleDoc(id, severity = 'warning') {
    return genericDoc(id, severity);
}
function genericDoc(id, severity) {
    return {
        id,
        name: pascal(id) || 'Rule',
        defaultSeverity: severity,
        short: `subnet-guard rule ${id}.`,
        full: `A finding of the subnet-guard rule "${id}". The message of each result says what happens on the host and where.`,
        fix: 'See the message of the result and the README.',
    };
}
/** the documentation of a rule: its own texts, else this table, else a generic entry */
function ruleDoc(id, severity = 'warning') {
    const rule = DOCUMENTED_RULES.find((r) => r.id === id);
    if (rule) {
        return {
            id,
            name: pascal(id) || 'Rule',
            defaultSeverity: rule.defaultSeverity,
            short: rule.shortDescription,
            full: rule.fullDescription,
            fix: rule.help,
        };
    }
    return genericDoc(id, severity);
}
/** the README section of a rule */
function ruleHelpUri(id) {
    return `${HOME_URL}#${id.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif): one run, a
// rule descriptor per rule with the full description and help GitHub requires, results located in the
// repository with stable fingerprints. GitHub's ingestion limits are respected (25,000 results per run).




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning: results per run */
const GITHUB_MAX_RESULTS = 25_000;
/** GitHub shows at most this much of a message */
const sarif_MAX_MESSAGE = 10_000;
const FINGERPRINT_KEY = 'subnetGuardFinding/v1';
function sarifLevel(s) {
    switch (s) {
        case 'error':
            return 'error';
        case 'warning':
            return 'warning';
        case 'note':
            return 'note';
        default:
            return assertNever(s, 'severity');
    }
}
function problemSeverity(s) {
    switch (s) {
        case 'error':
            return 'error';
        case 'warning':
            return 'warning';
        case 'note':
            return 'recommendation';
        default:
            return assertNever(s, 'severity');
    }
}
function ruleDescriptor(doc) {
    const helpText = `${doc.full}\n\nHow to fix: ${doc.fix}`;
    const helpMd = `${doc.full}\n\n**How to fix.** ${doc.fix}\n\n[Documentation](${ruleHelpUri(doc.id)})`;
    return {
        id: doc.id,
        name: doc.name,
        shortDescription: { text: doc.short },
        fullDescription: { text: doc.full },
        help: { text: helpText, markdown: helpMd },
        helpUri: ruleHelpUri(doc.id),
        defaultConfiguration: { level: sarifLevel(doc.defaultSeverity) },
        properties: { tags: ['docker', 'networking', 'subnet-guard'], precision: 'very-high', 'problem.severity': problemSeverity(doc.defaultSeverity) },
    };
}
/** a repository-relative path as a URI reference (each segment percent-encoded) */
function pathToUri(p) {
    return p
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .map((s) => encodeURIComponent(s))
        .join('/');
}
function pos(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0;
}
function region(f) {
    if (!pos(f.line))
        return undefined;
    const r = { startLine: f.line };
    const endLine = pos(f.endLine) && f.endLine >= f.line ? f.endLine : f.line;
    if (pos(f.column)) {
        r.startColumn = f.column;
        if (pos(f.endColumn) && (endLine > f.line || f.endColumn > f.column)) {
            r.endLine = endLine;
            r.endColumn = f.endColumn;
        }
        else if (endLine > f.line) {
            r.endLine = endLine;
        }
    }
    else if (endLine > f.line) {
        r.endLine = endLine;
    }
    return r;
}
function fingerprint(f, file) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update([f.rule, file, f.host ?? '', f.model ?? '', f.message].join('\u0000'))
        .digest('hex');
}
function formatSarif(report, opts = {}) {
    const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
    const all = sortFindings(report.findings);
    // active findings first so that a cut keeps what matters; suppressed ones after them
    const ordered = [...all.filter((f) => !f.suppressed), ...all.filter((f) => f.suppressed)];
    const kept = ordered.slice(0, maxResults);
    const ruleIds = [];
    const ruleSeverity = new Map();
    for (const f of ordered) {
        if (!ruleSeverity.has(f.rule)) {
            ruleSeverity.set(f.rule, f.severity);
            ruleIds.push(f.rule);
        }
    }
    ruleIds.sort();
    const docOf = opts.ruleDocs ?? ruleDoc;
    const rules = ruleIds.map((id) => ruleDescriptor(docOf(id, ruleSeverity.get(id))));
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const seen = new Map();
    const results = kept.map((f) => {
        const file = f.file ? repoPath(opts.pathPrefix, f.file) : opts.fallbackFile ?? 'network-inventory.yaml';
        // no file: the whole fallback file, from its first line
        const reg = f.file ? region(f) : { startLine: 1 };
        const location = {
            physicalLocation: { artifactLocation: { uri: pathToUri(file), uriBaseId: '%SRCROOT%' }, ...(reg ? { region: reg } : {}) },
        };
        let fp = fingerprint(f, file);
        const n = seen.get(fp) ?? 0;
        seen.set(fp, n + 1);
        fp = `${fp}:${n + 1}`;
        const props = {};
        if (f.host !== undefined)
            props.host = f.host;
        if (f.model !== undefined)
            props.model = f.model;
        if (f.cycle !== undefined)
            props.redeploy = f.cycle;
        const result = {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: sarifLevel(f.severity),
            message: { text: clip(f.message, sarif_MAX_MESSAGE) },
            locations: [location],
            partialFingerprints: { [FINGERPRINT_KEY]: fp },
        };
        if (Object.keys(props).length)
            result.properties = props;
        if (f.suppressed) {
            result.suppressions = [
                { kind: 'inSource', status: 'accepted', ...(f.suppressionReason ? { justification: clip(f.suppressionReason, 1000) } : {}) },
            ];
        }
        return result;
    });
    const invocation = { executionSuccessful: true };
    if (ordered.length > kept.length) {
        invocation.toolExecutionNotifications = [
            {
                level: 'warning',
                message: {
                    text: `${ordered.length - kept.length} more results were left out: GitHub code scanning accepts ` +
                        `${maxResults} per run. The JSON report and the step log list all of them.`,
                },
            },
        ];
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'subnet-guard',
                        semanticVersion: report.tool.version,
                        version: report.tool.version,
                        informationUri: HOME_URL,
                        rules,
                    },
                },
                invocations: [invocation],
                columnKind: 'utf16CodeUnits',
                results,
                properties: { redeploys: report.cycles, hosts: [...new Set(report.hosts.map((h) => h.name))].length },
            },
        ],
    };
}
function formatSarifText(report, opts = {}) {
    return JSON.stringify(formatSarif(report, opts), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


/** longest piece of repository text we print in one place */
const MAX_FIELD = 300;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
const WORD_JOINER = '\u2060';
/** free text from the repository, as inline markdown: no HTML, no emphasis, no links, no mentions, one line */
function markdown_text(s, max = MAX_FIELD) {
    return clip(s.replace(CONTROL, ' '), max)
        .replace(/[\\`*_[\]<>!|~&$]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${WORD_JOINER}`)
        .replace(/:\/\//g, `:${WORD_JOINER}//`)
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}${WORD_JOINER}.`);
}
/** a code span that survives any backticks inside and works in a table cell (`|` escaped) */
function code(s, max = MAX_FIELD) {
    const t = clip(s.replace(CONTROL, ' '), max).replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of t.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') || t === '' ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/** a fenced code block that no line of `body` can close early */
function codeBlock(body, lang = '') {
    let longest = 2;
    for (const m of body.matchAll(/^ {0,3}(`{3,})/gm))
        longest = Math.max(longest, m[1].length);
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${body}\n${fence}`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** emoji per severity */
function icon(sev) {
    switch (sev) {
        case 'error':
            return '❌';
        case 'warning':
            return '⚠️';
        case 'note':
            return 'ℹ️';
        case 'clean':
            return '✅';
    }
}
/** "app-1" or "app-1 (round-robin)" when the report holds the host under both engine models */
function hostLabel(report, h) {
    const models = report.hosts.filter((x) => x.name === h.name).length;
    return models > 1 ? `${h.name} (${h.model})` : h.name;
}
/**
 * "Safe for 1,000 redeploys on 3 hosts" or "app-1 loses 172.31.0.0/16 (ops VPC) on redeploy 14".
 * Plain text: escape it with `text()` for markdown.
 */
function verdict(report) {
    const c = countFindings(report);
    const hosts = hostNames(report).length;
    const span = `${plural(report.cycles, 'redeploy', 'redeploys')} on ${plural(hosts, 'host')}`;
    const first = earliestCollision(report);
    if (first && first.firstCollision) {
        const fc = first.firstCollision;
        let t = `${hostLabel(report, first)} loses ${fc.reserved.cidr} (${fc.reserved.name}) on redeploy ${thousands(fc.cycle)}`;
        const others = new Set(report.hosts.filter((h) => h.firstCollision && h !== first && !collisionSuppressed(report, h)).map((h) => h.name));
        others.delete(first.name);
        if (others.size > 0)
            t += `; ${plural(others.size, 'more host collides', 'more hosts collide')}`;
        return { level: 'error', text: t };
    }
    if (c.errors > 0) {
        const top = activeFindings(report)[0];
        const more = c.errors > 1 ? ` (and ${plural(c.errors - 1, 'more error')})` : '';
        return { level: 'error', text: `${clip(top.message, 200)}${more}` };
    }
    if (c.warnings > 0) {
        return { level: 'warning', text: `No error in ${span}, but ${plural(c.warnings, 'warning')}` };
    }
    // a simulation that stopped early (its finding suppressed): only its first redeploys were checked
    const early = unfinished(report);
    if (early.length > 0) {
        return { level: 'warning', text: `Not checked in full: ${plural(early.length, 'simulation')} stopped at a budget before redeploy ${thousands(report.cycles)}` };
    }
    return { level: 'clean', text: `Safe for ${span}` };
}
function verdictLine(report) {
    const v = verdict(report);
    return `${icon(v.level === 'clean' ? 'clean' : v.level)} **${markdown_text(v.text, 1000)}**`;
}
function hostsTable(report, maxRows = 200) {
    const rows = report.hosts.slice(0, maxRows).map((h) => {
        const fc = h.firstCollision;
        const accepted = fc && collisionSuppressed(report, h) ? ' (suppressed)' : '';
        const collision = fc
            ? `🛑 redeploy ${thousands(fc.cycle)}: ${code(fc.network)} → ${code(fc.subnet)} (${markdown_text(fc.reserved.name)})${accepted}`
            : `none in ${plural(report.cycles, 'redeploy', 'redeploys')}`;
        return [
            markdown_text(h.name),
            code(h.engine),
            h.model,
            thousands(h.peakNetworks),
            `${markdown_text(h.poolsLeft)} of ${markdown_text(h.poolCandidates)}`,
            collision,
        ];
    });
    let out = table(['Host', 'Engine', 'Model', 'Networks alive (peak)', 'Pools left', 'First collision'], rows);
    if (report.hosts.length > maxRows)
        out += `\n\n…and ${plural(report.hosts.length - maxRows, 'more host')} (see the JSON report).`;
    return out;
}
function whereCell(f, opts) {
    if (!f.file)
        return '—';
    const path = repoPath(opts.pathPrefix, f.file);
    const label = f.line ? `${path}:${f.line}` : path;
    if (!opts.blobUrl)
        return code(label);
    const url = opts.blobUrl.replace(/\/?$/, '/') +
        path.split('/').map(encodeURIComponent).join('/') +
        (f.line ? `#L${f.line}${f.endLine && f.endLine > f.line ? `-L${f.endLine}` : ''}` : '');
    return `[${code(label)}](${url.replace(/[()<>\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))})`;
}
function findingRow(f, opts) {
    const ctx = f.host ? markdown_text(f.host) + (f.model ? ` (${f.model})` : '') : '—';
    let msg = markdown_text(f.message, 1000);
    if (f.suppressed)
        msg += f.suppressionReason ? ` — suppressed: ${markdown_text(f.suppressionReason)}` : ' — suppressed';
    return [icon(f.severity), code(f.rule), whereCell(f, opts), ctx, f.cycle !== undefined ? thousands(f.cycle) : '—', msg];
}
const FINDING_HEADER = ['', 'Rule', 'Where', 'Host', 'Redeploy', 'Message'];
/**
 * A findings table that stays within `maxBytes`; the rows that do not fit are counted in a note that
 * points to `elsewhere`.
 */
function findingsTable(findings, opts) {
    if (findings.length === 0)
        return '';
    const header = table(FINDING_HEADER, []);
    let size = Buffer.byteLength(header);
    const rows = [];
    for (const f of findings) {
        if (opts.maxRows !== undefined && rows.length >= opts.maxRows)
            break;
        const row = `| ${findingRow(f, opts).join(' | ')} |`;
        const bytes = Buffer.byteLength(row) + 1;
        if (size + bytes > opts.maxBytes)
            break;
        rows.push(row);
        size += bytes;
    }
    let out = [header, ...rows].join('\n');
    if (rows.length < findings.length) {
        out += `\n\n…${plural(findings.length - rows.length, 'more finding')} not shown here: see ${opts.elsewhere}.`;
    }
    return out;
}
/** hosts grouped by identical fix, so that one snippet serves many hosts */
function fixGroups(report) {
    const groups = new Map();
    for (const h of report.hosts) {
        if (!h.fix)
            continue;
        const key = JSON.stringify(h.fix);
        const g = groups.get(key);
        if (g)
            g.hosts.push(h);
        else
            groups.set(key, { hosts: [h], fix: h.fix });
    }
    return [...groups.values()];
}
/** a YAML key as written in a compose file (quoted unless plain) */
function yamlKey(k) {
    return /^[A-Za-z0-9_.-]+$/.test(k) ? k : JSON.stringify(k);
}
/** the compose changes of a fix as YAML to merge, grouped by file */
function composeSnippet(changes, pathPrefix) {
    const byFile = new Map();
    for (const c of changes) {
        const where = c.file ? repoPath(pathPrefix, c.file) : `project ${c.project}`;
        const list = byFile.get(where);
        if (list)
            list.push(c);
        else
            byFile.set(where, [c]);
    }
    const out = [];
    for (const [where, list] of byFile) {
        out.push(`# ${where.replace(/[\r\n]/g, ' ')}: merge into the top-level networks:`, 'networks:');
        for (const c of list) {
            out.push(`  ${yamlKey(c.key)}:`);
            if (c.subnet) {
                out.push('    ipam:', '      config:', `        - subnet: ${c.subnet}${c.replaces ? `  # was ${c.replaces}` : ''}`);
            }
            if (c.mtu !== undefined)
                out.push('    driver_opts:', `      com.docker.network.driver.mtu: "${c.mtu}"`);
        }
    }
    return out.join('\n');
}
function fixSection(report, maxGroups = 20, pathPrefix) {
    const groups = fixGroups(report);
    if (groups.length === 0)
        return '';
    const parts = [];
    for (const g of groups.slice(0, maxGroups)) {
        const names = g.hosts.slice(0, 20).map((h) => markdown_text(hostLabel(report, h)));
        const more = g.hosts.length > 20 ? ` and ${plural(g.hosts.length - 20, 'more host')}` : '';
        const daemon = Object.keys(g.fix.daemonJson).length > 0;
        const compose = g.fix.compose ?? [];
        const steps = [];
        if (daemon)
            steps.push('merge this into `/etc/docker/daemon.json` and restart dockerd');
        if (compose.length)
            steps.push(`${daemon ? 'and ' : ''}change the compose files as below`);
        let block = `Proven fix for ${names.join(', ')}${more}: ${steps.join(' ')}, then recreate the networks ` +
            '(`docker compose down && docker compose up -d`). Re-running the whole simulation with it gives no errors.';
        if (daemon)
            block += `\n\n${codeBlock(JSON.stringify(g.fix.daemonJson, null, 2), 'json')}`;
        if (compose.length)
            block += `\n\n${codeBlock(composeSnippet(compose, pathPrefix), 'yaml')}`;
        const alt = g.fix.alternative?.compose ?? [];
        if (alt.length) {
            block += `\n\nOr, leaving daemon.json alone, pin these subnets (also proven):\n\n${codeBlock(composeSnippet(alt, pathPrefix), 'yaml')}`;
        }
        parts.push(block);
    }
    if (groups.length > maxGroups)
        parts.push(`…${plural(groups.length - maxGroups, 'more fix', 'more fixes')} in the JSON report.`);
    return parts.join('\n\n');
}
// ------------------------------------------------------------------------------------------------
// The walk through the pools
/** reserved ranges the report names (each host's first collision), plus any the caller knows of */
function knownReserved(report, extra = []) {
    const seen = new Map();
    const add = (r) => {
        if (seen.has(r.cidr))
            return;
        const p = parsePrefix(r.cidr);
        if ('error' in p)
            return;
        seen.set(r.cidr, { ...r, prefix: p.prefix });
    };
    for (const h of report.hosts)
        if (h.firstCollision)
            add(h.firstCollision.reserved);
    for (const r of extra)
        add(r);
    return [...seen.values()];
}
function reservedHit(subnet, reserved) {
    const p = parsePrefix(subnet);
    if ('error' in p)
        return null;
    for (const r of reserved)
        if (overlaps(p.prefix, r.prefix))
            return r.name;
    return null;
}
/**
 * A table with one row per redeploy and one column per redeployed network, cells being the subnet the
 * network got; a cell on a reserved range is marked 🛑 with the range's name. Boot allocations
 * (docker0, persistent projects) are listed above it.
 */
function walkTable(report, h, opts = {}) {
    const maxRows = opts.maxRows ?? 32;
    const maxColumns = opts.maxColumns ?? 6;
    const reserved = knownReserved(report, opts.reserved);
    const mark = (subnet) => {
        const hit = reservedHit(subnet, reserved);
        return hit ? `🛑 **${code(subnet)}** ${markdown_text(hit, 80)}` : code(subnet);
    };
    const out = [];
    if (h.boot.length > 0) {
        const boot = h.boot
            .slice(0, 20)
            .map((a) => `${code(a.project === null ? `${a.network} (docker0)` : `${a.project}/${a.network}`, 80)} ${mark(a.subnet)}`);
        out.push(`Boot: ${boot.join(', ')}${h.boot.length > 20 ? `, …and ${plural(h.boot.length - 20, 'more network')}` : ''}`);
    }
    const columns = [];
    for (const c of h.cycles) {
        for (const a of c.allocations) {
            const key = `${a.project ?? ''}/${a.network}`;
            if (!columns.includes(key))
                columns.push(key);
        }
    }
    const shownColumns = columns.slice(0, maxColumns);
    const fc = h.firstCollision;
    if (h.cycles.length > 0 && shownColumns.length > 0) {
        const rowOf = (c) => {
            const cells = shownColumns.map((key) => {
                const subs = c.allocations.filter((a) => `${a.project ?? ''}/${a.network}` === key).map((a) => a.subnet);
                return subs.length ? subs.map(mark).join('<br>') : '—';
            });
            return [fc && fc.cycle === c.cycle ? `**${thousands(c.cycle)}**` : thousands(c.cycle), ...cells];
        };
        const hit = (c) => c.allocations.some((a) => reservedHit(a.subnet, reserved) !== null);
        // the first rows, then every collision row up to the cap, with ⋮ for the gaps
        const picked = new Set();
        const head = Math.max(1, maxRows - 8);
        h.cycles.slice(0, head).forEach((_, i) => picked.add(i));
        for (let i = head; i < h.cycles.length && picked.size < maxRows; i++)
            if (hit(h.cycles[i]))
                picked.add(i);
        const rows = [];
        let last = -1;
        for (const i of [...picked].sort((a, b) => a - b)) {
            if (i !== last + 1)
                rows.push(['⋮', ...shownColumns.map(() => '')]);
            rows.push(rowOf(h.cycles[i]));
            last = i;
        }
        const lastCycle = h.cycles[h.cycles.length - 1].cycle;
        if (fc && fc.cycle > lastCycle) {
            rows.push(['⋮', ...shownColumns.map(() => '')]);
            const key = `${fc.project ?? ''}/${fc.network}`;
            rows.push([`**${thousands(fc.cycle)}**`, ...shownColumns.map((k) => (k === key ? mark(fc.subnet) : '…'))]);
        }
        else if (last < h.cycles.length - 1) {
            rows.push(['⋮', ...shownColumns.map(() => '')]);
        }
        out.push(table(['Redeploy', ...shownColumns.map((k) => code(k.startsWith('/') ? k.slice(1) : k, 80))], rows));
        if (columns.length > shownColumns.length)
            out.push(`…and ${plural(columns.length - shownColumns.length, 'more network')} (see the JSON report).`);
    }
    else if (fc) {
        out.push(`Redeploy ${thousands(fc.cycle)}: ${code(fc.project ? `${fc.project}/${fc.network}` : fc.network)} gets ${mark(fc.subnet)}.`);
    }
    if (h.period) {
        out.push(`The walk repeats every ${plural(h.period.length, 'redeploy', 'redeploys')}` +
            (h.period.preamble > 0 ? ` after the first ${thousands(h.period.preamble)}.` : '.'));
    }
    return out.join('\n\n');
}
/** cuts markdown at a line boundary to fit `maxBytes`, closing an open code fence or <details>, and says so */
function capMarkdown(md, maxBytes, note) {
    if (Buffer.byteLength(md) <= maxBytes)
        return md;
    const tail = `\n\n> [!WARNING]\n> ${note}\n`;
    const budget = maxBytes - Buffer.byteLength(tail) - 64;
    const lines = md.split('\n');
    const kept = [];
    let size = 0;
    let fence = null;
    let details = 0;
    for (const line of lines) {
        const bytes = Buffer.byteLength(line) + 1;
        if (size + bytes > budget)
            break;
        kept.push(line);
        size += bytes;
        const m = /^ {0,3}(`{3,})/.exec(line);
        if (m) {
            if (fence === null)
                fence = m[1];
            else if (m[1].length >= fence.length && line.trim() === m[1])
                fence = null;
        }
        else if (fence === null) {
            if (/^<details\b/i.test(line.trim()))
                details++;
            if (/^<\/details>/i.test(line.trim()))
                details = Math.max(0, details - 1);
        }
    }
    if (fence !== null)
        kept.push(fence);
    for (; details > 0; details--)
        kept.push('', '</details>');
    return kept.join('\n') + tail;
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** GitHub's limit per step */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** what we allow ourselves, leaving room for a notice the action may append (fork fallback) */
const SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 32 * 1024;
function formatSummary(report, opts = {}) {
    const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
    const c = countFindings(report);
    const parts = [];
    parts.push(`## subnet-guard`);
    parts.push(verdictLine(report));
    const counts = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notes, 'note')}` +
        (c.suppressed ? `, ${thousands(c.suppressed)} suppressed` : '') +
        ` · ${plural(report.cycles, 'redeploy', 'redeploys')} simulated` +
        (opts.failOn ? ` · fail-on: ${markdown_text(opts.failOn, 20)}` : '');
    parts.push(counts);
    if (report.hosts.length > 0) {
        parts.push('### Hosts');
        parts.push(hostsTable(report));
    }
    const fix = fixSection(report, 20, opts.pathPrefix);
    if (fix) {
        parts.push('### Fix');
        parts.push(fix);
    }
    // the walk through the pools: hosts with a collision first and open, the others folded
    const walkParts = [];
    const candidates = [...report.hosts]
        .sort((a, b) => (a.firstCollision ? 0 : 1) - (b.firstCollision ? 0 : 1))
        .filter((h) => h.cycles.length > 0 || h.firstCollision || h.boot.length > 0);
    // hosts that walk the same way share one picture
    const groups = new Map();
    for (const h of candidates) {
        const body = walkTable(report, h, { reserved: opts.reserved });
        const key = `${h.engine}\u0000${h.model}\u0000${body}`;
        const g = groups.get(key);
        if (g)
            g.push(h);
        else
            groups.set(key, [h]);
    }
    const maxWalks = opts.maxWalks ?? 10;
    const shown = [...groups.entries()].slice(0, maxWalks);
    if (shown.length > 0) {
        walkParts.push('### Walk through the pools');
        walkParts.push('Each row is one `docker compose down` + `up`; each cell is the subnet Docker gives the network. ' +
            '🛑 marks a subnet on a reserved range.');
        for (const [key, hosts] of shown) {
            const h = hosts[0];
            const names = hosts.slice(0, 12).map((x) => markdown_text(hostLabel(report, x), 80)).join(', ') + (hosts.length > 12 ? ` and ${plural(hosts.length - 12, 'more host')}` : '');
            const title = `${names} — Engine ${markdown_text(h.engine, 40)}, ${h.model}`;
            const body = key.slice(key.indexOf('\u0000', key.indexOf('\u0000') + 1) + 1);
            walkParts.push(h.firstCollision
                ? `#### ${title}\n\n${body}`
                : `<details><summary>${title}: no collision</summary>\n\n${body}\n\n</details>`);
        }
        const pictured = shown.reduce((n, [, hs]) => n + hs.length, 0);
        if (report.hosts.length > pictured) {
            walkParts.push(`…${plural(report.hosts.length - pictured, 'more host')} not pictured (see the JSON report).`);
        }
    }
    const walk = walkParts.join('\n\n');
    const head = parts.join('\n\n');
    const active = activeFindings(report);
    const suppressed = suppressedFindings(report);
    const findingParts = [];
    // the findings get the room the other sections leave; suppressed ones what is left after those
    const room = Math.max(16 * 1024, maxBytes - Buffer.byteLength(head) - Buffer.byteLength(walk) - 8 * 1024);
    let used = 0;
    if (active.length > 0) {
        findingParts.push('### Findings');
        const t = findingsTable(active, { ...opts, maxBytes: Math.floor(room * 0.9), elsewhere: 'the step log (full list in plain text)' });
        findingParts.push(t);
        used = Buffer.byteLength(t);
    }
    if (suppressed.length > 0) {
        const st = findingsTable(suppressed, { ...opts, maxBytes: Math.max(4096, room - used), elsewhere: 'the step log' });
        findingParts.push(`<details><summary>${plural(suppressed.length, 'suppressed finding')}</summary>\n\n${st}\n\n</details>`);
    }
    const footer = `<sub>subnet-guard ${markdown_text(report.tool.version, 40)}</sub>`;
    const md = [head, ...findingParts, walk, footer].filter((x) => x !== '').join('\n\n') + '\n';
    return capMarkdown(md, maxBytes, 'The summary was cut to stay under GitHub\'s 1 MiB limit; the full list is in the step log.');
}
/** the summary written when the input could not be used */
function formatConfigErrorSummary(message) {
    return `## subnet-guard\n\n❌ **Configuration error** — the check did not run.\n\n${text(message, 4000)}\n`;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The command line. With main.ts, the only place that touches process, the file system root and the
// environment; everything it calls is a pure function over a Reader.














function render(report, args) {
    switch (args.format) {
        case 'text':
            return toText(report);
        case 'json':
            return toJson(report);
        case 'sarif':
            return formatSarifText(report);
        case 'markdown':
            return formatSummary(report);
        case 'github':
            return [...formatAnnotations(report, { reservedErrorSlots: 0 }).commands, formatLog(report)].join('\n') + '\n';
        default:
            return assertNever(args.format, 'format');
    }
}
function relToRoot(root, file) {
    if (file === undefined)
        return undefined;
    const abs = external_node_path_namespaceObject.resolve(file);
    const rel = external_node_path_namespaceObject.relative(root, abs);
    if (rel.startsWith('..') || external_node_path_namespaceObject.isAbsolute(rel)) {
        throw new errors_ConfigError(`${file} is outside the checked directory ${root}`);
    }
    return rel.split(external_node_path_namespaceObject.sep).join('/') || '.';
}
/**
 * Where --write-baseline writes: relative to the current directory like the other paths, inside the
 * checked directory (a baseline is read only from there), in a directory that exists. Checked before
 * the check runs, so a typo costs nothing.
 */
function baselineTarget(root, file) {
    if (file.trim() === '')
        throw new errors_ConfigError('--write-baseline needs a file name');
    const abs = external_node_path_namespaceObject.resolve(file);
    const rel = external_node_path_namespaceObject.relative(root, abs);
    if (rel === '')
        throw new errors_ConfigError(`--write-baseline ${file} is a directory`);
    if (rel.startsWith('..') || external_node_path_namespaceObject.isAbsolute(rel)) {
        throw new errors_ConfigError(`--write-baseline ${file} is outside the checked directory ${root}: a baseline is read only from inside it ` +
            `(e.g. ${external_node_path_namespaceObject.join(external_node_path_namespaceObject.relative(process.cwd(), root) || '.', BASELINE_FILE)})`);
    }
    const parent = external_node_path_namespaceObject.dirname(abs);
    if (!external_node_fs_namespaceObject.existsSync(parent) || !external_node_fs_namespaceObject.statSync(parent).isDirectory()) {
        throw new errors_ConfigError(`--write-baseline ${file}: the directory ${external_node_path_namespaceObject.dirname(file)} does not exist`);
    }
    // a checked-out repository may hold links: writing through one could overwrite any file of the user's
    const realRoot = external_node_fs_namespaceObject.realpathSync(root);
    const realParent = external_node_fs_namespaceObject.realpathSync(parent);
    if (realParent !== realRoot && !realParent.startsWith(realRoot + external_node_path_namespaceObject.sep)) {
        throw new errors_ConfigError(`--write-baseline ${file}: the directory ${external_node_path_namespaceObject.dirname(file)} leads outside the checked directory through a symbolic link (to ${realParent})`);
    }
    let st;
    try {
        st = external_node_fs_namespaceObject.lstatSync(abs);
    }
    catch {
        st = undefined;
    }
    if (st?.isSymbolicLink())
        throw new errors_ConfigError(`--write-baseline ${file} is a symbolic link; subnet-guard writes a baseline only to a regular file`);
    if (st?.isDirectory())
        throw new errors_ConfigError(`--write-baseline ${file} is a directory`);
    return { abs, rel: rel.split(external_node_path_namespaceObject.sep).join('/') };
}
/** what --write-baseline prints: how many findings, where, and how the file is used from now on */
function baselineWritten(count, file, readByDefault, invalidComments) {
    const one = count === 1;
    const how = readByDefault ? 'read by default from now on' : `with --baseline ${file}`;
    let out = count === 0
        ? `wrote 0 findings to ${file}: there is nothing to accept\n`
        : `wrote ${count} finding${one ? '' : 's'} to ${file}: ${how}, ${one ? 'it is reported as suppressed and no longer fails' : 'they are reported as suppressed and no longer fail'}; new findings still do\n`;
    if (invalidComments > 0) {
        out += `${invalidComments} invalid suppression comment${invalidComments === 1 ? ' is' : 's are'} not in the baseline: give each a rule and a reason, or remove it\n`;
    }
    return out;
}
function main(argv) {
    try {
        const args = parseCliArgs(argv);
        if (args.help) {
            process.stdout.write(USAGE + '\n');
            return 0;
        }
        if (args.version) {
            process.stdout.write(`${TOOL_NAME} ${VERSION}\n`);
            return 0;
        }
        const root = external_node_path_namespaceObject.resolve(args.dir);
        if (!external_node_fs_namespaceObject.existsSync(root) || !external_node_fs_namespaceObject.statSync(root).isDirectory())
            throw new errors_ConfigError(`${args.dir} is not a directory`);
        const writeTo = args.writeBaseline !== undefined ? baselineTarget(root, args.writeBaseline) : undefined;
        const baseline = relToRoot(root, args.baseline);
        if (baseline !== undefined && !external_node_fs_namespaceObject.existsSync(external_node_path_namespaceObject.resolve(args.baseline)))
            throw new errors_ConfigError(`--baseline ${args.baseline} not found`);
        if (baseline !== undefined && external_node_fs_namespaceObject.statSync(external_node_path_namespaceObject.resolve(args.baseline)).isDirectory())
            throw new errors_ConfigError(`--baseline ${args.baseline} is a directory`);
        const environment = {};
        for (const [k, v] of Object.entries(process.env))
            if (v !== undefined)
                environment[k] = v;
        const reader = new FsReader(root);
        const { report } = check(reader, {
            inventory: relToRoot(root, args.inventory),
            composeFiles: args.compose,
            daemonJson: relToRoot(root, args.daemon),
            engine: args.engine,
            cycles: args.cycles,
            timeline: args.timeline,
            environment,
            rootName: external_node_path_namespaceObject.basename(root),
            baseline,
        });
        if (writeTo) {
            // every finding not hidden by a comment, keeping the entries (and reasons) of the baseline in use
            const previous = readBaseline(reader, baseline ?? BASELINE_FILE) ?? undefined;
            const written = buildBaseline(report.findings, reader, { previous });
            try {
                external_node_fs_namespaceObject.writeFileSync(writeTo.abs, formatBaseline(written));
            }
            catch (e) {
                throw new errors_ConfigError(`--write-baseline ${args.writeBaseline}: cannot write the file: ${e.message}`);
            }
            if (args.output)
                external_node_fs_namespaceObject.writeFileSync(args.output, render(report, args));
            const invalid = report.findings.filter((f) => f.rule === invalidSuppression.id).length;
            process.stdout.write(baselineWritten(written.findings.length, args.writeBaseline, writeTo.rel === BASELINE_FILE, invalid));
            return 0;
        }
        const out = render(report, args);
        if (args.output)
            external_node_fs_namespaceObject.writeFileSync(args.output, out);
        else
            process.stdout.write(out);
        return exitCodeFor(report, args.failOn);
    }
    catch (e) {
        if (e instanceof errors_ConfigError) {
            process.stderr.write(`${TOOL_NAME}: ${e.describe()}\n`);
            return 2;
        }
        const err = e;
        process.stderr.write(`${TOOL_NAME}: internal error: ${err?.message ?? String(e)}\n`);
        if (process.env.SUBNET_GUARD_DEBUG)
            process.stderr.write(`${err?.stack ?? ''}\n`);
        process.stderr.write('This is a bug in subnet-guard; please report it with the input that caused it.\n');
        return 3;
    }
}
process.exitCode = main(process.argv.slice(2));

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };

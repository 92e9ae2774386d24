import { recordTitle, slugify, formatMoney } from '@bilat/domain';
console.log(slugify(recordTitle({kind:'trade', record:{reporter:'LT',partner:'KZ',period:{start:'2019'},flow:'export',value:{ amount: '12300000', currency: 'EUR', precision: '100000' }}})));
console.log(slugify(recordTitle({kind:'investment', record:{from:'KZ',to:'LT',kind:'stock',span:{start:'2022-12-31'},value:{ amount: '4000000', currency: 'USD', precision: '1000000' }}})));
console.log(slugify(recordTitle({kind:'holding', record:{personId:'jonas-survila', postId:'lt-minister-of-foreign-affairs'}})));
